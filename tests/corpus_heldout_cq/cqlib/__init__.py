"""Helpers and case definitions for Batch CQ (see make_batch.py)."""
