"""Shared helpers for held-out batch AJ (standard library only, deterministic)."""
