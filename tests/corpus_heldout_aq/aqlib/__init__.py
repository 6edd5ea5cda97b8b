"""Shared helpers for held-out batch AQ (MIME, PDF, XLSX, PO/label builders)."""
