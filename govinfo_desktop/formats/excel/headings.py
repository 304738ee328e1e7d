"""Words the exported workbook writes and the importer looks for again."""

from __future__ import annotations

# Above the rows an import kept that the table does not have (ExtraRow): written by layout, found by extra.
EXTRA_HEADING = "附：原文件中本表没有的行（导入时保留，未计入本表）"
