"""Lengths of the lists built by ``BEq`` (``erase``, ``diff``, ``∩``, ``∪``) in Z3: the facts
``confirm.Abstraction._length`` states must hold for the real lists.

Why: ``(l.diff l').length ≤ l.length`` and ``List.length_erase`` are proved from these facts
alone, so one fact false for some lists would prove false laws. Every pair of lists over three
values up to length 2 is a model of them (with Lean's ``erase``/``diff``/``∪``/``∩``), and
the false twins are not confirmed.
"""

from __future__ import annotations

import itertools

import sympy
import z3

from jepa_formal.mirror.concrete.library import library_closure
from jepa_formal.mirror.core.terms import TList, TNat
from jepa_formal.mirror.symbolic import lists as L
from jepa_formal.prove.confirm import Abstraction, confirm_relation

xs, ys = L.ListSymbol("xs"), L.ListSymbol("ys")
a = sympy.Symbol("a", integer=True, nonnegative=True)
LISTS = [t for n in range(3) for t in itertools.product(range(3), repeat=n)]


def _lean(op: str, *args: object) -> tuple[int, ...]:
    """Lean's list operation on explicit lists (the concrete evaluator's definition)."""
    closures = [lambda f, v=v: v for v in args]
    types = [TList(TNat()), TList(TNat()) if op != "List.erase" else TNat()]
    return library_closure(op, closures, types, TList(TNat()), None,
                           lambda t: lambda p, q: p == q)(())


def test_the_facts_hold_for_the_real_lists() -> None:
    ab = Abstraction()
    built = {"List.diff": L.Diff(xs, ys), "List.inter": L.Inter(xs, ys),
             "List.union": L.Union(xs, ys)}
    lengths = {op: ab.term(L.Length(t)) for op, t in built.items()}
    erased = ab.term(L.Length(L.Erase(xs, a)))
    n, m = ab.term(L.Length(xs)), ab.term(L.Length(ys))
    member = ab.prop(L.Mem(a, xs))
    za = ab.symbol(a)
    for p, q in itertools.product(LISTS, repeat=2):
        for v in range(3):
            pins = [n == len(p), m == len(q), za == v, member == (v in p),
                    erased == len(_lean("List.erase", p, v))]
            pins += [lengths[op] == len(_lean(op, p, q)) for op in built]
            solver = z3.Solver()
            solver.add(*ab.facts, *pins)
            assert solver.check() == z3.sat, (p, q, v)


def test_length_laws_confirmed_and_twins_not() -> None:
    assert confirm_relation("le", L.Length(L.Diff(xs, ys)), L.Length(xs)) is True
    assert confirm_relation("le", L.Length(L.Erase(xs, a)), L.Length(xs)) is True
    assert confirm_relation("lt", L.Length(L.Erase(xs, a)), L.Length(xs)) is None  # a ∉ xs
    assert confirm_relation("eq", L.Length(L.Union(xs, ys)),
                            L.Length(xs) + L.Length(ys)) is None  # a shared member
    assert confirm_relation("le", L.Length(L.Diff(xs, ys)), L.Length(ys)) is None
