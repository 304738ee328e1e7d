"""The report text (年报正文) in files: reading .txt/.docx/.html, writing the whole report as .docx and .html."""
