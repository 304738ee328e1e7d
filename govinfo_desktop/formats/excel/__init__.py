"""Excel in and out: read (sniff, bounds, scans, reader) → locate (labels, columns, locate, sheets) →
extract (values, metadata, text, extra) → import_findings; and the export (layout, exporter)."""
