"""mirror layer (see docs/internals.md)."""
