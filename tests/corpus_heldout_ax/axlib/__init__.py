"""Batch AX helpers and case definitions."""
