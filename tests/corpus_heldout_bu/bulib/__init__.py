"""Helpers and case definitions for batch BU."""
