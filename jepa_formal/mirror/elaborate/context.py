"""The elaboration context: the local names in scope while a term is elaborated.

Why a module of its own: every part of the elaborator takes a context, and none of them should
import the elaborator class to name its type.
"""

from __future__ import annotations

from typing import Any

Ctx = dict[str, Any]
"""Local names in scope: a core ``Expr`` (usually a ``Var``) or a ``Ty`` (type variables)."""

__all__ = ["Ctx"]
