"""The single source of bitext's version."""

__version__ = "0.1.0"
