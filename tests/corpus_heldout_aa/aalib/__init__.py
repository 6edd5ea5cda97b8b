"""Shared builders for held-out batch AA (standard library only, deterministic)."""
