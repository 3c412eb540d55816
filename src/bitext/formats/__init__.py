"""Exchange formats (one module per format)."""
