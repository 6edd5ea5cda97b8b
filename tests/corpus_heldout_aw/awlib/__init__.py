"""Helpers and case definitions for batch AW."""
