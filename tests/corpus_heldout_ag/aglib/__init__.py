"""Shared helpers for held-out batch AG (MIME, PDF, XLSX, labels)."""
