"""prove layer (see docs/internals.md)."""
