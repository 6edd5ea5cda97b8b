"""Helpers for batch AI: MIME assembly, PDF and XLSX builders, case registry."""
