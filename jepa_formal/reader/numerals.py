"""Decimal text of arbitrarily large integers, both ways (Lean numerals have no size limit).

Why: Python 3.11 refuses ``int(s)`` and ``str(n)`` beyond 4300 digits (a guard against
quadratic conversions), so a numeral such as ``10^100000`` written out in full, or a value
printed back, would raise ``ValueError`` deep in the reader or a reporter. Splitting the
conversion into halves keeps each step under the limit without changing the global setting.
"""

from __future__ import annotations

_CHUNK = 4000
"""Digits converted by one ``int``/``str`` call (under the interpreter's 4300 limit)."""


def parse_decimal(text: str) -> int:
    """The value of a string of decimal digits of any length."""
    if len(text) <= _CHUNK:
        return int(text)
    low = len(text) // 2
    return parse_decimal(text[:-low]) * 10**low + parse_decimal(text[-low:])


def decimal_text(n: int) -> str:
    """``str(n)`` for an integer of any size."""
    if n < 0:
        return "-" + decimal_text(-n)
    if n.bit_length() <= _CHUNK * 3:  # fewer than ~3600 digits: str() accepts it
        return str(n)
    digits = int(n.bit_length() * 0.30103) + 1
    low = digits // 2
    high, rest = divmod(n, 10**low)
    head = decimal_text(high) if high else ""
    return head + decimal_text(rest).rjust(low, "0") if head else decimal_text(rest)
