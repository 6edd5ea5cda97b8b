"""Shared helpers for held-out batch AK (standard library only, deterministic)."""
