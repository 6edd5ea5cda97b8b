"""Shared helpers for held-out batch AF (standard library only, deterministic)."""
