"""Helpers for the held-out batch CU (supplier replies to PO acknowledgment requests)."""
