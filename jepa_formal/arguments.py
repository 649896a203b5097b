"""Argument types for the command lines (``check``, ``conform``, ``mutate``): one place.

Why: each subcommand validated its numeric options with its own copy of the same
``int``/``float`` parse-and-range functions, and the copies had begun to word their errors
differently. argparse turns ``ArgumentTypeError`` into a usage error (exit 2) that names the
option.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T", int, float)


def _number(text: str, convert: Callable[[str], T], kind: str, ok: Callable[[T], bool],
            must: str) -> T:
    try:
        value = convert(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not {kind}: {text}") from None
    if not ok(value):
        raise argparse.ArgumentTypeError(f"must be {must}, not {text}")
    return value


def integer(text: str) -> int:
    return _number(text, int, "an integer", lambda v: True, "an integer")


def positive_int(text: str) -> int:
    return _number(text, int, "an integer", lambda v: v > 0, "a positive integer")


def nonnegative_int(text: str) -> int:
    return _number(text, int, "an integer", lambda v: v >= 0, "0 or more")


def positive_float(text: str) -> float:
    return _number(text, float, "a number", lambda v: 0 < v < math.inf, "a positive number")


def nonnegative_float(text: str) -> float:
    return _number(text, float, "a number", lambda v: 0 <= v < math.inf,
                   "a finite number >= 0")


def ratio(text: str) -> float:
    return _number(text, float, "a number", lambda v: 0 <= v <= 1, "a ratio between 0 and 1")
