"""Batch BI helpers and case definitions."""
