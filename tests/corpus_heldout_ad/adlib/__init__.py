"""Shared helpers for held-out batch AD (standard library only, deterministic)."""
