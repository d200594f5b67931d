"""The answering core: a question read as a frame, an ordered table of small answerers, one renderer."""
