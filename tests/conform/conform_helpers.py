"""Helpers of the conform tests: paths of the spec and the examples, and a loader of
an example's callable through the same binding loader the CLI uses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SPEC = str(ROOT / "specs" / "jepa.lean")
EXAMPLES = ROOT / "examples"


def example(file: str, attr: str = "jepa_loss") -> Callable[..., Any]:
    from jepa_formal.conform.binding import load_callable, parse_bind

    return load_callable(parse_bind(f"jepaLoss={EXAMPLES / file}:{attr}"))
