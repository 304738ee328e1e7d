"""The message catalogue of reading and writing files, by topic: every file error as a stable code, its
parameters and its Chinese and English words (core.notices says how they are used). The import report's
own entries are in formats.excel.report_messages.

- files: what a file is, and whether it is safe to open
- workbooks: what is wrong inside a workbook that opened
- documents: the program's own .govinfo files
- saving: writing a file

Add a message with one `entry(...)` line in its module and one `raise …(file_msg.X, …)` (or note) where
it happens; tests render every entry in both languages and check every call's parameters.
"""
