"""Shared helpers for batch AL: MIME, PDF, XLSX builders and case writing."""
