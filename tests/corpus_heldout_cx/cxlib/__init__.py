"""Helpers for the held-out batch CX of supplier replies (stdlib only)."""
