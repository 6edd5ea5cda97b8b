"""Helpers and case definitions for batch BE."""
