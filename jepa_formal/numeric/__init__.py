"""numeric layer (see docs/internals.md)."""
