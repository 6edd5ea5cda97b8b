"""Shared helpers for held-out batch AO: MIME, PDF and XLSX builders, PO/label helpers."""
