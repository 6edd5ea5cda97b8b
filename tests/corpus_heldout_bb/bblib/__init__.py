"""Helpers and case definitions for held-out batch BB (supplier replies)."""
