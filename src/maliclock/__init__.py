"""maliclock: turn news articles into one dated, deduplicated chronology."""

__version__ = "0.1.0"
