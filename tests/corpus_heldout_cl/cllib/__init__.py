"""Helpers and case definitions for held-out batch CL."""
