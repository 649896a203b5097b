"""Tests of the mirror layer (a package, so module names do not clash with other layers)."""
