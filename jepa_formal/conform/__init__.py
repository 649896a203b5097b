"""conform layer (see docs/internals.md)."""
