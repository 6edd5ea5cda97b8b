"""Helpers for the held-out batch CR (supplier replies to purchase-order acknowledgment requests)."""
