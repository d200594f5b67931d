"""Boundary types, errors, settings and user-facing messages shared by the whole core."""
