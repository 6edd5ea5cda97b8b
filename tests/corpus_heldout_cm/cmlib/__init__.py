"""Helpers for the batch-CM held-out corpus generator (stdlib only)."""
