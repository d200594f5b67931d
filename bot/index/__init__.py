"""Index versions: layout, build, load, search, store, vector cache, diff."""
