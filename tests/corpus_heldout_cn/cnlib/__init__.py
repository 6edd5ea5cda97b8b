"""Helpers for batch CN of held-out supplier replies (stdlib only)."""
