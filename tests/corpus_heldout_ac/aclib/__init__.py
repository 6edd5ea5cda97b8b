"""Shared helpers for held-out batch AC: MIME, PDF, XLSX builders, PO and label helpers."""
