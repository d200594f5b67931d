"""Resolutions: load and validate files, parse them into clause trees, read facts, carry amendments."""
