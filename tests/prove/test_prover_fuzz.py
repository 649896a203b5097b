"""Fuzzing the prover against the concrete evaluator: random laws ``Σ E₁ ⋈ Σ E₂`` over lists
built from ``xs``, ``ys`` by ``++``, ``reverse``, ``map`` and ``filter`` (some true by
construction, some false). Whenever the prover says ``proved`` (or ``bounded``), the law must
hold on random concrete instances (lists up to the bound for ``bounded``); and the laws that
are true by construction (a permutation of the same pieces) must be proved."""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from prove_handmade import INT, NAT, PROP, REAL, FakeEnv, app, fn, lit, lst, p, v
from prove_instances import PolyFn

from jepa_formal.mirror import concrete
from jepa_formal.mirror.core.terms import Expr, Lam, Law, Ty
from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status


def pieces(draw: st.DrawFn, T: Ty) -> list[Expr]:
    """A few list pieces over xs/ys: the variables themselves, maps and filters of them."""
    L_ = lst(T)
    xs, ys = v("xs", L_), v("ys", L_)
    f = v("f", fn(T, T))
    x = v("x", T)
    out: list[Expr] = []
    for _ in range(draw(st.integers(1, 4))):
        base = draw(st.sampled_from([xs, ys]))
        kind = draw(st.sampled_from(["plain", "map", "filter", "reverse"]))
        if kind == "map":
            base = p("List.map", f, base, ty=L_)
        elif kind == "filter":
            test = Lam((x,), p("decide", p("le", x, _one(T), ty=PROP), ty=_bool()),
                       fn(T, _bool()))
            base = p("List.filter", test, base, ty=L_)
        elif kind == "reverse":
            base = p("List.reverse", base, ty=L_)
        out.append(base)
    return out


def _bool() -> Ty:
    from jepa_formal.mirror.core.terms import TBool

    return TBool()


def _one(T: Ty) -> Expr:
    return lit(Fraction(1), T) if T == REAL else lit(1, T)


def join(parts: list[Expr], T: Ty, rng: random.Random) -> Expr:
    """Append the parts in order, nested at random split points; maybe reverse the whole."""
    L_ = lst(T)

    def tree(items: list[Expr]) -> Expr:
        if len(items) == 1:
            return items[0]
        cut = rng.randint(1, len(items) - 1)
        return p("List.append", tree(items[:cut]), tree(items[cut:]), ty=L_)

    out = tree(parts)
    if rng.random() < 0.3:
        out = p("List.reverse", out, ty=L_)
    return out


@st.composite
def laws(draw: st.DrawFn) -> tuple[Law, bool]:
    T = draw(st.sampled_from([NAT, INT, REAL]))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    parts = pieces(draw, T)
    other = list(parts)
    rng.shuffle(other)
    mutation = draw(st.sampled_from(["none", "none", "drop", "dup", "swap_var"]))
    true_by_construction = mutation == "none"
    if mutation == "drop" and len(other) > 1:
        other.pop()
    elif mutation == "dup":
        other.append(other[0])
    elif mutation == "swap_var":
        other = [_swap(e) for e in other]
    else:
        true_by_construction = True
    lhs = p("List.sum", join(parts, T, rng), ty=T)
    rhs = p("List.sum", join(other, T, rng), ty=T)
    rel = draw(st.sampled_from(["eq", "eq", "le"]))
    binders = (v("xs", lst(T)), v("ys", lst(T)), v("f", fn(T, T)))
    return Law("fuzz", binders, (), p(rel, lhs, rhs, ty=PROP)), true_by_construction


def _swap(e: Expr) -> Expr:
    """xs ↔ ys inside a piece (a different list: the law is then usually false)."""
    from dataclasses import replace

    from jepa_formal.mirror.core.terms import Prim, Var

    if isinstance(e, Var) and e.name in ("xs", "ys"):
        return replace(e, name="ys" if e.name == "xs" else "xs")
    if isinstance(e, Prim):
        return replace(e, args=tuple(_swap(a) for a in e.args))
    return e


def holds_on_random_instances(law: Law, max_len: int, seed: int) -> bool:
    rng = random.Random(seed)
    compiled = concrete.compile_law(law, None)
    T = law.binders[0].ty.elem  # type: ignore[attr-defined]
    for _ in range(25):
        def number() -> Any:
            if T == NAT:
                return rng.randint(0, 4)
            if T == INT:
                return rng.randint(-4, 4)
            return Fraction(rng.randint(-4, 4), rng.choice((1, 2)))

        values = {"xs": tuple(number() for _ in range(rng.randint(0, max_len))),
                  "ys": tuple(number() for _ in range(rng.randint(0, max_len))),
                  "f": PolyFn(tuple(abs(number()) if T == NAT else number()
                                    for _ in range(4)))}
        if not compiled.conclusion_holds(values):
            return False
    return True


@settings(max_examples=120, deadline=None)
@given(case=laws(), seed=st.integers(0, 10**6))
def test_proved_laws_hold_and_permutations_are_proved(case: tuple[Law, bool],
                                                       seed: int) -> None:
    law, true_by_construction = case
    out = prove_law(law, FakeEnv(), timeout=3.0, bound=3)
    if out.status is Status.PROVED:
        assert holds_on_random_instances(law, 6, seed), out
    elif out.status is Status.BOUNDED:
        assert holds_on_random_instances(law, 3, seed), out
    if true_by_construction:
        assert out.status is Status.PROVED, out.reason


def test_fuzz_helpers_are_consistent() -> None:
    f = v("f", fn(NAT, NAT))
    law = Law("t", (v("xs", lst(NAT)), v("ys", lst(NAT)), f), (),
              p("eq", app(f, lit(1, NAT), ty=NAT), app(f, lit(1, NAT), ty=NAT), ty=PROP))
    assert holds_on_random_instances(law, 2, 0)
