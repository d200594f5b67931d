"""One small module per kind of answer; `registry.py` orders them."""
