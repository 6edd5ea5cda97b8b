"""Helpers for the held-out batch CV (supplier replies to purchase-order acknowledgment requests)."""
