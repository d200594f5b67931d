"""GCIO guideline bot: answers questions about the cabinet resolutions on the GCIO guideline."""

__version__ = "0.1.0"
