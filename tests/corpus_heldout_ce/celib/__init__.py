"""Helpers and case definitions for batch CE."""
