"""Qt-free file formats: the .govinfo document, Excel in/out, PDF."""
