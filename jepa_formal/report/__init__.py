"""report layer (see docs/internals.md)."""
