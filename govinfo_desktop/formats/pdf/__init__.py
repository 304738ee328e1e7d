"""The seal-ready PDF: fonts (and their cache), styles, the page, the tables and blocks, the document."""
