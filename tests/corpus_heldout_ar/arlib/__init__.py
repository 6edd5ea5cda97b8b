"""Shared helpers for batch AR: MIME writer, PDF and XLSX builders, labels."""
