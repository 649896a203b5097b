"""Every rewrite rule against the concrete evaluator: rewrite a term once with the rule, then
evaluate the rewritten SymPy form at random points and compare with ``concrete.evaluate`` of
the original core term (the independent meaning). A wrong rule shows up as a difference."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prove_handmade import BOOL, INT, NAT, PROP, REAL, app, fn, lit, lst, p, v
from prove_instances import PolyFn, draw_fn, draw_list, draw_number, evaluate_symbolic
from sympy import Integer, Symbol, preorder_traversal

from jepa_formal.mirror import concrete
from jepa_formal.mirror.core.terms import Expr, Lam, Law, Ty, Var
from jepa_formal.mirror.symbolic.translator import make_context
from jepa_formal.prove.rules import RULE_NAMES, RULES, Rule, rules_by_head


def templates(T: Ty) -> dict[str, list[Expr]]:
    """Core terms over element type T on which each rule applies somewhere."""
    L_ = lst(T)
    xs, ys, zs = v("xs", L_), v("ys", L_), v("zs", L_)
    a, c = v("a", T), v("c", T)
    n = v("n", NAT)
    f, g = v("f", fn(T, T)), v("g", fn(T, T))
    h = v("h", fn(T, T, T))
    x, y = v("x", T), v("y", T)
    nil = p("List.nil", ty=L_)

    def cons(e: Expr, tail: Expr) -> Expr:
        return p("List.cons", e, tail, ty=L_)

    def append(l1: Expr, l2: Expr) -> Expr:
        return p("List.append", l1, l2, ty=L_)

    def rev(lx: Expr) -> Expr:
        return p("List.reverse", lx, ty=L_)

    def lmap(fun: Expr, lx: Expr) -> Expr:
        return p("List.map", fun, lx, ty=L_)

    def ssum(lx: Expr) -> Expr:
        return p("List.sum", lx, ty=T)

    def prod(lx: Expr) -> Expr:
        return p("List.prod", lx, ty=T)

    def length(lx: Expr) -> Expr:
        return p("List.length", lx, ty=NAT)

    def rep(k: Expr, e: Expr) -> Expr:
        return p("List.replicate", k, e, ty=L_)

    def lam(body: Expr) -> Lam:
        return Lam((x,), body, fn(T, T))

    fx = app(f, x, ty=T)
    gx = app(g, x, ty=T)
    pred = Lam((x,), p("decide", p("lt", x, c, ty=PROP), ty=BOOL), fn(T, BOOL))
    take, drop = p("List.take", n, xs, ty=L_), p("List.drop", n, xs, ty=L_)
    plus = Lam((x, y), p("add", x, y, ty=T), fn(T, T, T))
    nplus1 = p("add", n, lit(1, NAT), ty=NAT)
    return {
        "List.sum_cons": [ssum(cons(a, xs))],
        "List.sum_append": [ssum(append(xs, ys)), ssum(append(append(xs, ys), zs))],
        "List.sum_reverse": [ssum(rev(xs)), ssum(lmap(f, rev(xs)))],
        "List.sum_map_map": [ssum(lmap(f, xs)), ssum(lmap(f, lmap(g, xs)))],
        "List.sum_replicate": [ssum(rep(n, a)), ssum(lmap(f, rep(n, a)))],
        "List.sum_map_add": [ssum(lmap(lam(p("add", fx, gx, ty=T)), xs))],
        "List.sum_map_mul_left": [ssum(lmap(lam(p("mul", c, fx, ty=T)), xs))],
        "List.sum_map_const": [ssum(lmap(lam(c), xs))],
        "List.sum_map_filter": [ssum(p("List.filter", pred, xs, ty=L_))],
        "List.sum_take_add_sum_drop": [p("add", ssum(take), ssum(drop), ty=T)],
        "List.prod_cons": [prod(cons(a, xs))],
        "List.prod_append": [prod(append(xs, ys))],
        "List.prod_reverse": [prod(rev(xs))],
        "List.prod_map_map": [prod(lmap(f, xs))],
        "List.prod_replicate": [prod(rep(n, a))],
        "List.prod_map_mul": [prod(lmap(lam(p("mul", fx, gx, ty=T)), xs))],
        "List.length_cons": [length(cons(a, xs))],
        "List.length_append": [length(append(xs, ys))],
        "List.length_reverse": [length(rev(xs))],
        "List.length_map": [length(lmap(f, xs))],
        "List.length_replicate": [length(rep(n, a))],
        "List.length_range": [length(p("List.range", n, ty=lst(NAT)))],
        "List.length_take": [length(take)],
        "List.length_drop": [length(drop)],
        "List.length_filter": [length(p("List.filter", pred, xs, ty=L_))],
        "List.count_eq_sum": [p("List.count", a, xs, ty=NAT)],
        "List.length_zip": [length(p("List.zip", xs, ys, ty=lst(T)))],
        "List.length_zipWith": [length(p("List.zipWith", h, xs, ys, ty=L_))],
        "List.map_cons": [lmap(f, cons(a, xs))],
        "List.map_append": [lmap(f, append(xs, ys))],
        "List.map_reverse": [lmap(f, rev(xs))],
        "List.map_map": [lmap(f, lmap(g, xs))],
        "List.map_replicate": [lmap(f, rep(n, a))],
        "List.map_id": [lmap(lam(x), xs)],
        "List.reverse_reverse": [rev(rev(xs))],
        "List.reverse_append": [rev(append(xs, ys))],
        "List.reverse_cons": [rev(cons(a, xs))],
        "List.reverse_replicate": [rev(rep(n, a))],
        "List.append_nil": [append(xs, nil)],
        "List.append_assoc": [append(append(xs, ys), zs)],
        "List.cons_append": [append(cons(a, xs), ys)],
        "List.take_append_drop": [append(take, drop)],
        "List.filter_append": [p("List.filter", pred, append(xs, ys), ty=L_)],
        "List.filter_reverse": [p("List.filter", pred, rev(xs), ty=L_)],
        "List.filter_false / List.filter_true": [
            p("List.filter", Lam((x,), lit(b, BOOL), fn(T, BOOL)), xs, ty=L_)
            for b in (False, True)],
        "List.foldl_cons": [p("List.foldl", h, c, cons(a, xs), ty=T)],
        "List.foldr_cons": [p("List.foldr", h, c, cons(a, xs), ty=T)],
        "List.foldl_append": [p("List.foldl", h, c, append(xs, ys), ty=T)],
        "List.foldr_append": [p("List.foldr", h, c, append(xs, ys), ty=T)],
        "List.foldl_reverse": [p("List.foldl", h, c, rev(xs), ty=T)],
        "List.foldr_reverse": [p("List.foldr", h, c, rev(xs), ty=T)],
        "List.foldl_add_eq_sum": [p("List.foldl", plus, c, xs, ty=T),
                                  p("List.foldr", plus, c, xs, ty=T)],
        "List.mem_cons / mem_append / mem_reverse": [
            p("List.mem", a, cons(c, xs), ty=PROP), p("List.mem", a, append(xs, ys), ty=PROP),
            p("List.mem", a, rev(xs), ty=PROP)],
        "List.replicate_succ": [rep(nplus1, a)],
        "List.getElem!_cons": [p("List.get!", cons(a, xs), nplus1, ty=T),
                               p("List.get!", cons(a, xs), lit(0, NAT), ty=T)],
        "List.range_succ": [p("List.range", nplus1, ty=lst(NAT))],
        **relation_templates(T),
        "Int.emod_emod / add_mul_emod_self / add_emod / mul_emod (Nat.mod too)":
            mod_templates(),
    }


def mod_templates() -> list[Expr]:
    """Remainders at ℕ whose dividend reduces modulo the divisor (the ℤ cases, with negative
    and symbolic divisors, are in ``test_mod_normal.py``)."""
    n = v("n", NAT)

    def nat(op: str, *args: Expr) -> Expr:
        return p(op, *args, ty=NAT)

    three, five, seven = lit(3, NAT), lit(5, NAT), lit(7, NAT)
    return [nat("mod", nat("add", nat("mul", seven, n), seven), five),
            nat("mod", nat("mul", nat("mod", n, three), nat("add", n, five)), three),
            nat("mod", nat("add", nat("mul", n, n), n), n)]


def relation_templates(T: Ty) -> dict[str, list[Expr]]:
    """Relations between lists that hold by their ``++``-pieces, and ``∪ ∩ diff``."""
    L_ = lst(T)
    xs, ys, zs = v("xs", L_), v("ys", L_), v("zs", L_)
    a = v("a", T)
    nil = p("List.nil", ty=L_)

    def rel(op: str, l1: Expr, l2: Expr) -> Expr:
        return p(op, l1, l2, ty=PROP)

    def cons(e: Expr, tail: Expr) -> Expr:
        return p("List.cons", e, tail, ty=L_)

    def app2(l1: Expr, l2: Expr) -> Expr:
        return p("List.append", l1, l2, ty=L_)

    rev = p("List.reverse", xs, ty=L_)
    return {
        "List.Sublist.append (sublist_append_left/right, nil_sublist, Sublist.refl)": [
            rel("List.sublist", xs, app2(xs, ys)), rel("List.sublist", ys, app2(xs, ys)),
            rel("List.sublist", app2(xs, zs), app2(app2(xs, ys), zs)),
            rel("List.sublist", nil, xs), rel("List.sublist", cons(a, zs), cons(a, app2(ys, zs)))],
        "List.prefix_append (nil_prefix, prefix_refl)": [
            rel("List.isPrefix", xs, app2(xs, ys)), rel("List.isPrefix", nil, ys),
            rel("List.isPrefix", cons(a, xs), cons(a, app2(xs, ys)))],
        "List.suffix_append (nil_suffix, suffix_refl)": [
            rel("List.isSuffix", ys, app2(xs, ys)), rel("List.isSuffix", ys, cons(a, ys))],
        "List.infix_append (infix_append', nil_infix, infix_refl)": [
            rel("List.isInfix", ys, app2(app2(xs, ys), zs)), rel("List.isInfix", xs, xs)],
        "List.perm_append_comm (Perm.append, reverse_perm, Perm.refl)": [
            rel("List.perm", app2(xs, ys), app2(ys, xs)), rel("List.perm", rev, xs),
            rel("List.perm", cons(a, xs), app2(xs, cons(a, nil)))],
        "List.subset_append_left/right (nil_subset, Subset.refl)": [
            rel("List.subset", xs, app2(ys, rev)), rel("List.subset", cons(a, nil), cons(a, ys))],
        "List.disjoint_nil_left/right": [rel("List.disjoint", nil, xs),
                                         rel("List.disjoint", xs, nil)],
        "List.disjoint_comm": [rel("List.disjoint", ys, xs)],
        "List.mem_union_iff / mem_inter_iff": [
            p("List.mem", a, p("List.union", xs, ys, ty=L_), ty=PROP),
            p("List.mem", a, p("List.inter", xs, ys, ty=L_), ty=PROP)],
        "List.erase_nil / erase_cons_head": [p("List.erase", nil, a, ty=L_),
                                             p("List.erase", cons(a, xs), a, ty=L_)],
        "List.diff_nil / nil_diff": [p("List.diff", xs, nil, ty=L_),
                                     p("List.diff", nil, xs, ty=L_)],
        "List.nil_union / nil_inter / inter_nil": [
            p("List.union", nil, xs, ty=L_), p("List.inter", nil, xs, ty=L_),
            p("List.inter", xs, nil, ty=L_)],
    }


def binders(T: Ty) -> tuple[Var, ...]:
    L_ = lst(T)
    return (v("xs", L_), v("ys", L_), v("zs", L_), v("a", T), v("c", T), v("n", NAT),
            v("f", fn(T, T)), v("g", fn(T, T)), v("h", fn(T, T, T)))


def draw(rng: random.Random, T: Ty) -> dict[str, Any]:
    return {"xs": draw_list(rng, T), "ys": draw_list(rng, T), "zs": draw_list(rng, T),
            "a": draw_number(rng, T), "c": draw_number(rng, T), "n": rng.randint(0, 4),
            "f": draw_fn(rng, T), "g": draw_fn(rng, T), "h": draw_fn(rng, T, arity=2)}


def rewrite_once(rule: Rule, term: Any) -> Any:
    """``term`` with one subterm rewritten by ``rule``; if it applies nowhere, first fuse
    ``(xs.map f).sum`` into a single ``ListSum`` (those fusion rules are tested too)."""
    for attempt in range(2):
        for node in preorder_traversal(term):
            out = rule.apply(node)
            if out is not None:
                return term.xreplace({node: out})
        if attempt == 0:
            for fusion in (RULE_BY_NAME["List.sum_map_map"], RULE_BY_NAME["List.prod_map_map"]):
                term = rewrite_once_plain(fusion, term) or term
    return None


def rewrite_once_plain(rule: Rule, term: Any) -> Any:
    for node in preorder_traversal(term):
        out = rule.apply(node)
        if out is not None:
            return term.xreplace({node: out})
    return None


RULE_BY_NAME = {r.name: r for r in RULES}
TYPES = {"nat": NAT, "int": INT, "real": REAL}


def test_every_rule_has_a_template() -> None:
    missing = RULE_NAMES - set(templates(NAT)) - {"List.sum_nil"}
    assert not missing


def test_rules_are_dispatched_by_head() -> None:
    table = rules_by_head()
    assert all(rule in table[head] for rule in RULES for head in rule.heads)


@pytest.mark.parametrize("type_name", sorted(TYPES))
@pytest.mark.parametrize("rule_name", sorted(set(templates(NAT))))
@settings(max_examples=12, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_rule_agrees_with_concrete_evaluator(rule_name: str, type_name: str, seed: int) -> None:
    T = TYPES[type_name]
    rule = RULE_BY_NAME[rule_name]
    law = Law("t", binders(T), (), lit(True, PROP))
    rng = random.Random(seed)
    for term in templates(T)[rule_name]:
        ctx = make_context(law)
        sym = ctx.translate(term)
        rewritten = rewrite_once(rule, sym)
        assert rewritten is not None, f"{rule_name} did not apply to {sym}"
        values = draw(rng, T)
        expected = concrete.evaluate(term, None, values)
        got = evaluate_symbolic(rewritten, ctx.bindings, values)
        assert got == expected, (rule_name, values, sym, rewritten)


def test_polyfn_is_the_same_function_on_both_sides() -> None:
    f = PolyFn((1, 2, 3, 0))
    assert f(2) == 1 + 4 + 12
    assert f.as_lambda()(2) == 17


def test_relation_rules_refuse_what_does_not_follow_from_the_pieces() -> None:
    """Each relation rule concludes only ``True``; on the false twin of each of its laws it
    must not apply (the pieces do not show the relation), whatever the lists are."""
    from sympy import true

    from jepa_formal.mirror.symbolic import lists as SL

    xs, ys, zs = SL.ListSymbol("xs"), SL.ListSymbol("ys"), SL.ListSymbol("zs")
    a = Symbol("a")
    one = SL.literal([a])
    false_twins = [
        SL.Sublist(SL.Append(xs, ys), xs), SL.Sublist(SL.Append(xs, ys), SL.Append(ys, xs)),
        SL.Sublist(SL.Cons(a, xs), xs), SL.IsPrefix(ys, SL.Append(xs, ys)),
        SL.IsPrefix(SL.Reverse(xs), xs), SL.IsSuffix(xs, SL.Append(xs, ys)),
        SL.IsInfix(SL.Append(xs, zs), SL.Append(xs, ys, zs)), SL.Perm(SL.Append(xs, ys), xs),
        SL.Perm(SL.Append(xs, xs), xs), SL.Subset(SL.Append(xs, ys), xs),
        SL.Subset(one, xs), SL.Disjoint(xs, xs), SL.Disjoint(one, one),
    ]
    for term in false_twins:
        for rule in rules_by_head().get(type(term), ()):
            assert rule.apply(term) in (None,), (rule.name, term)
    assert all(rule.apply(SL.Union(xs, SL.Nil())) is None for rule in RULES)  # dedups xs
    assert all(rule.apply(SL.Diff(xs, xs)) is None for rule in RULES)
    assert SL.Sublist(SL.literal([Integer(1), Integer(2)]), SL.literal([Integer(2), Integer(1)])) \
        is not true  # explicit lists fold by the relation's meaning
