"""Shared helpers for batch AN: MIME assembly, hand-built PDFs and XLSX files,
case/PO/label builders and calendar helpers.  Standard library only."""
