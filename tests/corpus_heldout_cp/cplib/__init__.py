"""Helpers for the held-out batch CP (supplier replies to purchase-order
acknowledgment requests).  Standard library only."""
