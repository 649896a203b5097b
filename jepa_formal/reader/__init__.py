"""reader layer (see docs/internals.md)."""
