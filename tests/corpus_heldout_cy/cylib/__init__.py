"""Helpers and case modules for batch CY."""
