"""The prelude: the one table from Lean library names to their signatures and core meanings.

Why one table: every Lean name the mirror understands (``List.map``, ``Finset.card``,
``Nat.succ``…) is listed here exactly once, with its Lean signature (so the elaborator can
infer implicit arguments and place a dot-notation receiver) and the core ``Prim`` it means.
A name that is deliberately *not* modelled is listed in ``UNSUPPORTED_NAMES`` with a reason,
so that it is reported by name instead of as an unknown identifier.

Operators (``+``, ``∈``, ``::``…), numerals, ``∑``, ``if`` and coercions are syntax and are
handled in ``elaborate.py``; a few names with elaboration rules of their own (``max``,
``Finset.sum``, ``id``, ``decide``…) are listed in ``SPECIAL_NAMES``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    BigOp,
    Call,
    Expr,
    Ite,
    Lam,
    Lit,
    Prim,
    Quant,
    TArray,
    TBool,
    TFin,
    TFinset,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    TNNReal,
    TOption,
    TProd,
    TProp,
    TReal,
    TVar,
    Ty,
    Var,
)
from jepa_formal.mirror.core.unify import TMeta, show_ty

Build = Callable[[tuple[Expr, ...], Ty], Expr]
"""From the explicit arguments (in signature order) and the result type to a core expr."""


@dataclass(frozen=True, slots=True)
class PreludeFn:
    """A library function: implicit type variables, explicit parameters, result, meaning.

    Parameter and result types mention ``TVar`` of ``tyvars`` and, for dependent types such as
    ``List.finRange (n : ℕ) : List (Fin n)``, ``Var`` of earlier parameter names.
    """

    name: str
    tyvars: tuple[str, ...]
    params: tuple[tuple[str, Ty], ...]
    result: Ty
    build: Build
    implicit: tuple[tuple[str, Ty], ...] = ()
    """Implicit value parameters (``{n : ℕ}`` of ``Fin.succ``), solved by unification and
    passed to ``build`` before the explicit ones."""
    defaults: tuple[tuple[str, int], ...] = ()
    """Natural-number default values of explicit parameters (``(step : ℕ := 1)`` of
    ``List.range'``): an argument left out takes it, as in Lean."""


def prim(op: str, order: tuple[int, ...] | None = None) -> Build:
    """Build ``Prim(op, args)`` (optionally reordering the explicit arguments)."""

    def build(args: tuple[Expr, ...], ty: Ty) -> Expr:
        picked = args if order is None else tuple(args[i] for i in order)
        return Prim(op, picked, ty)

    return build


def _push(args: tuple[Expr, ...], ty: Ty) -> Expr:
    xs, x = args
    return Prim("List.append", (xs, Prim("List.cons", (x, Prim("List.nil", (), ty)), ty)), ty)


def _identity(args: tuple[Expr, ...], ty: Ty) -> Expr:
    return args[0]


def _as_prop(args: tuple[Expr, ...], ty: Ty) -> Expr:
    return Prim("eq", (args[0], Lit(True, TBool())), TProp())


A, B, C = TVar("α"), TVar("β"), TVar("γ")
N = TNat()
Z = TInt()


def _seq(kind: str) -> dict[str, PreludeFn]:
    """List and Array share one sequence algebra (the ``List.*`` prims)."""
    S = TList if kind == "List" else TArray

    def fn(name: str, tyvars: str, params: tuple[tuple[str, Ty], ...], result: Ty,
           build: Build) -> tuple[str, PreludeFn]:
        full = f"{kind}.{name}"
        return full, PreludeFn(full, tuple(tyvars), params, result, build)

    entries = [
        fn("map", "αβ", (("f", TFun(A, B)), ("xs", S(A))), S(B), prim("List.map")),
        fn("sum", "α", (("xs", S(A)),), A, prim("List.sum")),
        fn("prod", "α", (("xs", S(A)),), A, prim("List.prod")),
        fn("reverse", "α", (("xs", S(A)),), S(A), prim("List.reverse")),
        fn("append", "α", (("xs", S(A)), ("ys", S(A))), S(A), prim("List.append")),
        fn("length", "α", (("xs", S(A)),), N, prim("List.length")),
        fn("replicate", "α", (("n", N), ("a", A)), S(A), prim("List.replicate")),
        fn("foldl", "αβ", (("f", TFun(B, TFun(A, B))), ("init", B), ("xs", S(A))), B,
           prim("List.foldl")),
        fn("foldr", "αβ", (("f", TFun(A, TFun(B, B))), ("init", B), ("xs", S(A))), B,
           prim("List.foldr")),
        fn("filter", "α", (("p", TFun(A, TBool())), ("xs", S(A))), S(A), prim("List.filter")),
        fn("take", "α", (("n", N), ("xs", S(A))), S(A), prim("List.take")),
        fn("drop", "α", (("n", N), ("xs", S(A))), S(A), prim("List.drop")),
        fn("zip", "αβ", (("xs", S(A)), ("ys", S(B))), S(TProd(A, B)), prim("List.zip")),
        fn("zipWith", "αβγ", (("f", TFun(A, TFun(B, C))), ("xs", S(A)), ("ys", S(B))), S(C),
           prim("List.zipWith")),
        fn("count", "α", (("a", A), ("xs", S(A))), N, prim("List.count")),
        fn("all", "α", (("xs", S(A)), ("p", TFun(A, TBool()))), TBool(), prim("List.all")),
        fn("any", "α", (("xs", S(A)), ("p", TFun(A, TBool()))), TBool(), prim("List.any")),
        fn("head!", "α", (("xs", S(A)),), A, prim("List.head!")),
        fn("get!", "α", (("xs", S(A)), ("i", N)), A, prim("List.get!")),
        fn("getD", "α", (("xs", S(A)), ("i", N), ("d", A)), A, _get_d),
        fn("cons", "α", (("x", A), ("xs", S(A))), S(A), prim("List.cons")),
        fn("toFinset", "α", (("xs", S(A)),), TFinset(A), prim("List.toFinset")),
        fn("contains", "α", (("xs", S(A)), ("a", A)), TBool(), _contains),
        fn("elem", "α", (("a", A), ("xs", S(A))), TBool(), _elem),
        fn("nil", "α", (), S(A), prim("List.nil")),
        fn("tail", "α", (("xs", S(A)),), S(A), _tail),
        fn("zipIdx", "α", (("xs", S(A)),), S(TProd(A, N)), _zip_idx),
        fn("enum", "α", (("xs", S(A)),), S(TProd(N, A)), _enum),
        fn("Pairwise", "α", (("R", TFun(A, TFun(A, TProp()))), ("xs", S(A))), TProp(), _pairwise),
        fn("isEmpty", "α", (("xs", S(A)),), TBool(), _is_empty),
        fn("head?", "α", (("xs", S(A)),), TOption(A), _head_opt),
        fn("getLast!", "α", (("xs", S(A)),), A, _last),
        fn("getLast?", "α", (("xs", S(A)),), TOption(A), _last_opt),
        fn("headD", "α", (("xs", S(A)), ("d", A)), A, _head_d),
        fn("getLastD", "α", (("xs", S(A)), ("d", A)), A, _last_d),
        fn("dropLast", "α", (("xs", S(A)),), S(A), _drop_last),
        fn("max?", "α", (("xs", S(A)),), TOption(A), _extreme_opt("max")),
        fn("min?", "α", (("xs", S(A)),), TOption(A), _extreme_opt("min")),
    ]
    if kind == "List":
        L2 = (("l₁", S(A)), ("l₂", S(A)))
        entries += [
            fn("find?", "α", (("p", TFun(A, TBool())), ("xs", S(A))), TOption(A),
               prim("List.find?")),
            fn("get?", "α", (("xs", S(A)), ("i", N)), TOption(A), _get_opt),
            # `l.get i` with `i : Fin l.length`: in range by its type, so `get!` is the value
            fn("get", "α", (("xs", S(A)), ("i", TFin(Prim("List.length", (Var("xs", S(A)),),
                                                            N)))), A, _get_fin),
            fn("getElem?", "α", (("xs", S(A)), ("i", N)), TOption(A), _get_opt),
            fn("erase", "α", (("xs", S(A)), ("a", A)), S(A), prim("List.erase")),
            fn("diff", "α", L2, S(A), prim("List.diff")),
            fn("union", "α", L2, S(A), prim("List.union")),
            fn("inter", "α", L2, S(A), prim("List.inter")),
            fn("Sublist", "α", L2, TProp(), prim("List.sublist")),
            fn("IsPrefix", "α", L2, TProp(), prim("List.isPrefix")),
            fn("IsSuffix", "α", L2, TProp(), prim("List.isSuffix")),
            fn("IsInfix", "α", L2, TProp(), prim("List.isInfix")),
            fn("Perm", "α", L2, TProp(), prim("List.perm")),
            fn("Subperm", "α", L2, TProp(), prim("List.subperm")),
            fn("Subset", "α", L2, TProp(), prim("List.subset")),
            fn("Disjoint", "α", L2, TProp(), prim("List.disjoint")),
            fn("range", "", (("n", N),), TList(N), prim("List.range")),
            fn("finRange", "", (("n", N),), TList(TFin(Var("n", N))), prim("List.finRange")),
            fn("insert", "α", (("a", A), ("xs", S(A))), S(A), _insert),
            fn("set", "α", (("xs", S(A)), ("i", N), ("v", A)), S(A), _set),
            fn("eraseDups", "α", (("xs", S(A)),), S(A), _erase_dups),
            fn("flatMap", "αβ", (("f", TFun(A, S(B))), ("xs", S(A))), S(B), _flat_map),
            fn("flatten", "α", (("xss", S(S(A))),), S(A), _flatten),
            fn("join", "α", (("xss", S(S(A))),), S(A), _flatten),
            fn("Sorted", "α", (("R", TFun(A, TFun(A, TProp()))), ("xs", S(A))), TProp(),
               _pairwise),
            fn("Chain'", "α", (("R", TFun(A, TFun(A, TProp()))), ("xs", S(A))), TProp(),
               _chain),
            fn("IsChain", "α", (("R", TFun(A, TFun(A, TProp()))), ("xs", S(A))), TProp(),
               _chain),
        ]
        entries += [(f"List.{name}", PreludeFn(f"List.{name}", ("α",), (("xs", S(A)), ("n", N)),
                                                S(A), build, defaults=(("n", 1),)))
                    for name, build in (("rotateLeft", _rotate_left),
                                        ("rotateRight", _rotate_right))]
    else:
        entries += [
            fn("size", "α", (("xs", S(A)),), N, prim("List.length")),
            fn("push", "α", (("xs", S(A)), ("x", A)), S(A), _push),
            fn("mkArray", "α", (("n", N), ("a", A)), S(A), prim("List.replicate")),
            fn("empty", "α", (), S(A), prim("List.nil")),
            fn("range", "", (("n", N),), TArray(N), prim("List.range")),
        ]
    return dict(entries)


def _get_fin(args: tuple[Expr, ...], ty: Ty) -> Expr:
    xs, i = args
    return Prim("List.get!", (xs, Prim("cast", (i,), N)), ty)


def _get_opt(args: tuple[Expr, ...], ty: Ty) -> Expr:
    xs, i = args
    assert isinstance(ty, TOption)
    inside = Prim("lt", (i, Prim("List.length", (xs,), N)), TProp())
    some = Prim("Option.some", (Prim("List.get!", (xs, i), ty.elem),), ty)
    return Ite(inside, some, Prim("Option.none", (), ty), ty)


def _tail(args: tuple[Expr, ...], ty: Ty) -> Expr:
    return Prim("List.drop", (Lit(1, N), args[0]), ty)


def _is_empty(args: tuple[Expr, ...], ty: Ty) -> Expr:
    empty = Prim("eq", (Prim("List.length", (args[0],), N), Lit(0, N)), TProp())
    return Prim("decide", (empty,), TBool())


def _head_opt(args: tuple[Expr, ...], ty: Ty) -> Expr:
    (xs,) = args
    assert isinstance(ty, TOption)
    nonempty = Prim("lt", (Lit(0, N), Prim("List.length", (xs,), N)), TProp())
    some = Prim("Option.some", (Prim("List.head!", (xs,), ty.elem),), ty)
    return Ite(nonempty, some, Prim("Option.none", (), ty), ty)


def _last(args: tuple[Expr, ...], ty: Ty) -> Expr:
    (xs,) = args
    last = Prim("sub", (Prim("List.length", (xs,), N), Lit(1, N)), N)
    return Prim("List.get!", (xs, last), ty)


def _nonempty(xs: Expr) -> Expr:
    return Prim("lt", (Lit(0, N), Prim("List.length", (xs,), N)), TProp())


def _last_opt(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.getLast?``: ``none`` on ``[]``, else ``some`` of the last element."""
    (xs,) = args
    assert isinstance(ty, TOption)
    some = Prim("Option.some", (_last((xs,), ty.elem),), ty)
    return Ite(_nonempty(xs), some, Prim("Option.none", (), ty), ty)


def _head_d(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.headD d``: the first element, ``d`` on ``[]``."""
    xs, d = args
    return Ite(_nonempty(xs), Prim("List.head!", (xs,), ty), d, ty)


def _last_d(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.getLastD d``: the last element, ``d`` on ``[]``."""
    xs, d = args
    return Ite(_nonempty(xs), _last((xs,), ty), d, ty)


def _drop_last(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.dropLast = xs.take (xs.length - 1)`` (``[].dropLast = []``: ℕ subtraction)."""
    (xs,) = args
    short = Prim("sub", (Prim("List.length", (xs,), N), Lit(1, N)), N)
    return Prim("List.take", (short, xs), ty)


def _extreme_opt(op: str) -> Build:
    """``xs.max?``: ``none`` on ``[]``, else ``some (xs.tail.foldl max xs.head)``, Lean's
    definition (a left fold: at Float the order of a NaN among the elements matters)."""

    def build(args: tuple[Expr, ...], ty: Ty) -> Expr:
        (xs,) = args
        assert isinstance(ty, TOption)
        elem = ty.elem
        acc, x = Var(f"acc✝{op}", elem), Var(f"x✝{op}", elem)
        step = Lam((acc, x), Prim(op, (acc, x), elem), TFun(elem, TFun(elem, elem)))
        fold = Prim("List.foldl", (step, Prim("List.head!", (xs,), elem), _tail((xs,), xs.ty)),
                    elem)
        return Ite(_nonempty(xs), Prim("Option.some", (fold,), ty),
                   Prim("Option.none", (), ty), ty)

    return build


def _insert(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.insert a = if xs.elem a then xs else a :: xs`` (BEq, as in Lean's core)."""
    a, xs = args
    present = Prim("eq", (Prim("List.elem", (a, xs), TBool()), Lit(True, TBool())), TProp())
    return Ite(present, xs, Prim("List.cons", (a, xs), ty), ty)


def _set(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.set i v``: ``v`` in place of ``xs[i]``; ``xs`` itself when ``i`` is out of range."""
    xs, i, v = args
    inside = Prim("lt", (i, Prim("List.length", (xs,), N)), TProp())
    rest = Prim("List.drop", (Prim("add", (i, Lit(1, N)), N), xs), ty)
    changed = Prim("List.append", (Prim("List.take", (i, xs), ty),
                                   Prim("List.cons", (v, rest), ty)), ty)
    return Ite(inside, changed, xs, ty)


def _erase_dups(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.eraseDups``: the first occurrence of each element, in order (BEq, as Lean's
    ``eraseDups.loop``): ``xs.foldl (fun acc x => if acc.elem x then acc else acc ++ [x])
    []``."""
    (xs,) = args
    elem = _elem_of(xs)
    acc, x = Var("acc✝dups", ty), Var("x✝dups", elem)
    seen = Prim("eq", (Prim("List.elem", (x, acc), TBool()), Lit(True, TBool())), TProp())
    grown = Prim("List.append", (acc, Prim("List.cons", (x, Prim("List.nil", (), ty)), ty)),
                 ty)
    step = Lam((acc, x), Ite(seen, acc, grown, ty), TFun(ty, TFun(elem, ty)))
    return Prim("List.foldl", (step, Prim("List.nil", (), ty), xs), ty)


def _flatten(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xss.flatten = xss.foldr (· ++ ·) []``."""
    (xss,) = args
    part, acc = Var("part✝flat", ty), Var("acc✝flat", ty)
    glue = Lam((part, acc), Prim("List.append", (part, acc), ty), TFun(ty, TFun(ty, ty)))
    return Prim("List.foldr", (glue, Prim("List.nil", (), ty), xss), ty)


def _flat_map(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.flatMap f = xs.foldr (fun x acc => f x ++ acc) []`` (``(xs.map f).flatten``)."""
    f, xs = args
    elem = _elem_of(xs)
    x, acc = Var("x✝flat", elem), Var("acc✝flat", ty)
    glue = Lam((x, acc), Prim("List.append", (Call(f, (x,), ty), acc), ty),
               TFun(elem, TFun(ty, ty)))
    return Prim("List.foldr", (glue, Prim("List.nil", (), ty), xs), ty)


def _chain(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.Chain' R``: ``R xs[i] xs[i+1]`` for every ``i + 1 < xs.length``."""
    rel, xs = args
    elem = _elem_of(xs)
    i = Var("i✝chain", N)
    idx = _indices(xs)
    succ = Prim("add", (i, Lit(1, N)), N)
    holds = Call(rel, (Prim("List.get!", (xs, i), elem), Prim("List.get!", (xs, succ), elem)),
                 TProp())
    inside = Prim("lt", (succ, Prim("List.length", (xs,), N)), TProp())
    body = Prim("implies", (Prim("List.mem", (i, idx), TProp()),
                            Prim("implies", (inside, holds), TProp())), TProp())
    return Quant("forall", i, body, bound=idx)


def _rotated(xs: Expr, cut: Expr, ty: Ty) -> Expr:
    return Prim("List.append", (Prim("List.drop", (cut, xs), ty),
                                Prim("List.take", (cut, xs), ty)), ty)


def _rotate_left(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.rotateLeft n``: Lean's ``if len ≤ 1 then xs else drop (n % len) ++ take (n %
    len)``; the ``else`` branch is ``xs`` itself at length 0 (``n % 0 = n``) and 1, so it is
    the whole meaning."""
    xs, n = args
    cut = Prim("mod", (n, Prim("List.length", (xs,), N)), N)
    return _rotated(xs, cut, ty)


def _rotate_right(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.rotateRight n``: Lean's ``if len ≤ 1 then xs else`` the rotation at ``len - n %
    len``; at length 0 and 1 that rotation is ``xs`` too (ℕ subtraction, ``n % 1 = 0``)."""
    xs, n = args
    length = Prim("List.length", (xs,), N)
    cut = Prim("sub", (length, Prim("mod", (n, length), N)), N)
    return _rotated(xs, cut, ty)


def _get_d(args: tuple[Expr, ...], ty: Ty) -> Expr:
    xs, i, d = args
    inside = Prim("lt", (i, Prim("List.length", (xs,), N)), TProp())
    return _ite(inside, Prim("List.get!", (xs, i), ty), d, ty)


def _contains(args: tuple[Expr, ...], ty: Ty) -> Expr:
    xs, a = args
    return Prim("List.elem", (a, xs), TBool())  # BEq, not ∈ (they differ at Float)


def _elem(args: tuple[Expr, ...], ty: Ty) -> Expr:
    a, xs = args
    return Prim("List.elem", (a, xs), TBool())


def _ite(c: Expr, a: Expr, b: Expr, ty: Ty) -> Expr:
    return Ite(c, a, b, ty)


def _other() -> dict[str, PreludeFn]:
    def fn(name: str, tyvars: str, params: tuple[tuple[str, Ty], ...], result: Ty,
           build: Build) -> tuple[str, PreludeFn]:
        return name, PreludeFn(name, tuple(tyvars), params, result, build)

    R, F = TReal(), TFloat()
    FN = TFin(Var("n", N))
    FN1 = TFin(Prim("add", (Var("n", N), Lit(1, N)), N))
    entries = [
        fn("Nat.succ", "", (("n", N),), N, prim("succ")),
        fn("Nat.add", "", (("a", N), ("b", N)), N, prim("add")),
        fn("Nat.sub", "", (("a", N), ("b", N)), N, prim("sub")),
        fn("Nat.mul", "", (("a", N), ("b", N)), N, prim("mul")),
        fn("Nat.div", "", (("a", N), ("b", N)), N, prim("div")),
        fn("Nat.mod", "", (("a", N), ("b", N)), N, prim("mod")),
        fn("Nat.min", "", (("a", N), ("b", N)), N, prim("min")),
        fn("Nat.max", "", (("a", N), ("b", N)), N, prim("max")),
        fn("Nat.pred", "", (("n", N),), N, _pred),
        fn("Nat.shiftLeft", "", (("a", N), ("b", N)), N, _shift_left),
        fn("Nat.shiftRight", "", (("a", N), ("b", N)), N, _shift_right),
        fn("Nat.land", "", (("a", N), ("b", N)), N, prim("Nat.land")),
        fn("Nat.lor", "", (("a", N), ("b", N)), N, prim("Nat.lor")),
        fn("Nat.xor", "", (("a", N), ("b", N)), N, prim("Nat.xor")),
        fn("Nat.gcd", "", (("m", N), ("n", N)), N, prim("Nat.gcd")),
        fn("Nat.lcm", "", (("m", N), ("n", N)), N, _lcm),
        fn("Nat.Coprime", "", (("m", N), ("n", N)), TProp(), _coprime),
        fn("Nat.factorial", "", (("n", N),), N, prim("Nat.factorial")),
        fn("Nat.choose", "", (("n", N), ("k", N)), N, prim("Nat.choose")),
        fn("Nat.sqrt", "", (("n", N),), N, prim("Nat.sqrt")),
        fn("Nat.log", "", (("b", N), ("n", N)), N, prim("Nat.log")),
        fn("Nat.dist", "", (("n", N), ("m", N)), N, _dist),
        fn("Int.gcd", "", (("m", Z), ("n", Z)), N, _int_lift(prim("Nat.gcd"))),
        fn("Int.lcm", "", (("m", Z), ("n", Z)), N, _int_lift(_lcm)),
        fn("Nat.ModEq", "", (("n", N), ("a", N), ("b", N)), TProp(), _mod_eq(N)),
        fn("Int.ModEq", "", (("n", Z), ("a", Z), ("b", Z)), TProp(), _mod_eq(Z)),
        fn("Even", "α", (("n", A),), TProp(), _parity(0)),
        fn("Odd", "α", (("n", A),), TProp(), _parity(1)),
        fn("Int.toNat", "", (("x", Z),), N, prim("Int.toNat")),
        fn("Int.natAbs", "", (("x", Z),), N, _nat_abs),
        fn("Int.sign", "", (("x", Z),), Z, prim("Int.sign")),
        fn("Int.negSucc", "", (("n", N),), Z, _neg_succ),
        fn("Int.ofNat", "", (("n", N),), Z, prim("cast")),
        fn("Int.div", "", (("a", Z), ("b", Z)), Z, prim("Int.tdiv")),
        fn("Int.tdiv", "", (("a", Z), ("b", Z)), Z, prim("Int.tdiv")),
        fn("Int.tmod", "", (("a", Z), ("b", Z)), Z, prim("Int.tmod")),
        fn("Int.fdiv", "", (("a", Z), ("b", Z)), Z, prim("Int.fdiv")),
        fn("Int.fmod", "", (("a", Z), ("b", Z)), Z, prim("Int.fmod")),
        fn("Int.ediv", "", (("a", Z), ("b", Z)), Z, prim("div")),
        fn("Int.emod", "", (("a", Z), ("b", Z)), Z, prim("mod")),
        fn("Int.bmod", "", (("x", Z), ("m", N)), Z, prim("Int.bmod")),
        fn("Nat.toFloat", "", (("n", N),), F, prim("cast")),
        fn("Float.ofNat", "", (("n", N),), F, prim("cast")),
        fn("Real.sqrt", "", (("x", R),), R, prim("sqrt")),
        fn("Float.sqrt", "", (("x", F),), F, prim("sqrt")),
        fn("Real.exp", "", (("x", R),), R, prim("exp")),
        fn("Real.toNNReal", "", (("x", R),), TNNReal(), _to_nnreal),
        fn("NNReal.toReal", "", (("x", TNNReal()),), R, prim("cast")),
        fn("Real.log", "", (("x", R),), R, prim("log")),
        fn("Float.exp", "", (("x", F),), F, prim("exp")),
        fn("Float.log", "", (("x", F),), F, prim("log")),
        fn("Fin.val", "", (("i", TFin(Var("n", N))),), N, prim("cast")),
        fn("List.range", "", (("n", N),), TList(N), prim("List.range")),
        fn("Finset.range", "", (("n", N),), TFinset(N), prim("Finset.range")),
        fn("Finset.Icc", "", (("a", N), ("b", N)), TFinset(N), _interval("le", closed=True)),
        fn("Finset.Ico", "", (("a", N), ("b", N)), TFinset(N), _interval("le", closed=False)),
        fn("Finset.Ioc", "", (("a", N), ("b", N)), TFinset(N), _interval("lt", closed=True)),
        fn("Finset.Ioo", "", (("a", N), ("b", N)), TFinset(N), _interval("lt", closed=False)),
        fn("Finset.Iio", "", (("b", N),), TFinset(N), _below(closed=False)),
        fn("Finset.Iic", "", (("b", N),), TFinset(N), _below(closed=True)),
        fn("Finset.card", "α", (("s", TFinset(A)),), N, prim("Finset.card")),
        fn("Finset.univ", "α", (), TFinset(A), prim("Finset.univ")),
        fn("Finset.filter", "α", (("p", TFun(A, TBool())), ("s", TFinset(A))), TFinset(A),
           prim("Finset.filter")),
        # Mathlib's lattice `Disjoint`, modelled at its finite-set instance only
        fn("Disjoint", "α", (("s", TFinset(A)), ("t", TFinset(A))), TProp(),
           prim("Finset.disjoint")),
        fn("Prod.fst", "αβ", (("p", TProd(A, B)),), A, prim("Prod.fst")),
        fn("Prod.snd", "αβ", (("p", TProd(A, B)),), B, prim("Prod.snd")),
        fn("Prod.mk", "αβ", (("a", A), ("b", B)), TProd(A, B), prim("Prod.mk")),
        fn("Option.some", "α", (("a", A),), TOption(A), prim("Option.some")),
        fn("Option.none", "α", (), TOption(A), prim("Option.none")),
        fn("Option.getD", "α", (("o", TOption(A)), ("d", A)), A, prim("Option.getD")),
        fn("some", "α", (("a", A),), TOption(A), prim("Option.some")),
        fn("none", "α", (), TOption(A), prim("Option.none")),
        fn("default", "α", (), A, prim("default")),
        fn("Bool.not", "", (("b", TBool()),), TBool(), prim("bnot")),
        fn("Bool.and", "", (("a", TBool()), ("b", TBool())), TBool(), prim("band")),
        fn("Bool.or", "", (("a", TBool()), ("b", TBool())), TBool(), prim("bor")),
        fn("not", "", (("b", TBool()),), TBool(), prim("bnot")),
        fn("and", "", (("a", TBool()), ("b", TBool())), TBool(), prim("band")),
        fn("or", "", (("a", TBool()), ("b", TBool())), TBool(), prim("bor")),
        fn("Bool.toNat", "", (("b", TBool()),), N, prim("cast")),
        fn("Not", "", (("p", TProp()),), TProp(), prim("not")),
        fn("And", "", (("p", TProp()), ("q", TProp())), TProp(), prim("and")),
        fn("Or", "", (("p", TProp()), ("q", TProp())), TProp(), prim("or")),
        fn("Iff", "", (("p", TProp()), ("q", TProp())), TProp(), prim("iff")),
        fn("Bool.toProp", "", (("b", TBool()),), TProp(), _as_prop),
        ("List.range'", PreludeFn("List.range'", (), (("s", N), ("n", N), ("step", N)),
                                  TList(N), _range_from, defaults=(("step", 1),))),
        fn("List.Nodup", "α", (("xs", TList(A)),), TProp(), _nodup),
        fn("Option.map", "αβ", (("f", TFun(A, B)), ("o", TOption(A))), TOption(B), _option_map),
        fn("Option.bind", "αβ", (("o", TOption(A)), ("f", TFun(A, TOption(B)))), TOption(B),
           _option_bind),
        fn("Option.isSome", "α", (("o", TOption(A)),), TBool(), _is_some),
        ("Fin.succ", PreludeFn("Fin.succ", (), (("i", FN),), FN1, _fin_succ, (("n", N),))),
        ("Fin.castSucc", PreludeFn("Fin.castSucc", (), (("i", FN),), FN1, _fin_cast_succ,
                                   (("n", N),))),
        fn("Fin.last", "", (("n", N),), FN1, _fin_last),
        fn("Matrix.mulVec", "αβ", (("M", TFun(A, TFun(B, R))), ("v", TFun(B, R))), TFun(A, R),
           _mul_vec),
        fn("Matrix.vecMul", "αβ", (("v", TFun(A, R)), ("M", TFun(A, TFun(B, R)))), TFun(B, R),
           _vec_mul),
        fn("Matrix.dotProduct", "α", (("v", TFun(A, R)), ("w", TFun(A, R))), R, _dot),
        fn("dotProduct", "α", (("v", TFun(A, R)), ("w", TFun(A, R))), R, _dot),
    ]
    return dict(entries)


def _shift_left(args: tuple[Expr, ...], ty: Ty) -> Expr:  # a <<< b = a * 2 ^ b
    return Prim("mul", (args[0], Prim("pow", (Lit(2, N), args[1]), N)), N)


def _shift_right(args: tuple[Expr, ...], ty: Ty) -> Expr:  # a >>> b = a / 2 ^ b
    return Prim("div", (args[0], Prim("pow", (Lit(2, N), args[1]), N)), N)


def _mod_eq(t: Ty) -> Build:
    """``a ≡ b [MOD n]`` is ``a % n = b % n``."""

    def build(args: tuple[Expr, ...], ty: Ty) -> Expr:
        n, a, b = args
        return Prim("eq", (Prim("mod", (a, n), t), Prim("mod", (b, n), t)), TProp())

    return build


def _interval(low: str, *, closed: bool) -> Build:
    """``Finset.Icc a b`` and its kin at ℕ: the numbers of ``range (b + 1)`` (``range b``
    when open on the right) at least (``le``) or above (``lt``) ``a``."""

    def build(args: tuple[Expr, ...], ty: Ty) -> Expr:
        a, b = args
        for end in args:  # `Finset.Icc (2 : Fin 5) 4` is a set of Fin 5, summed mod 5
            if isinstance(end, Prim) and end.op == "cast" and end.args[0].ty != N:
                raise Unsupported("Finset interval", getattr(end, "span", None),
                                  f"modelled at ℕ only, here at {show_ty(end.args[0].ty)}")
        top = Prim("add", (b, Lit(1, N)), N) if closed else b
        x = Var("x✝icc", N)
        keep = Lam((x,), Prim("decide", (Prim(low, (a, x), TProp()),), TBool()),
                   TFun(N, TBool()))
        return Prim("Finset.filter", (keep, Prim("Finset.range", (top,), ty)), ty)

    return build


def _below(*, closed: bool) -> Build:
    """``Finset.Iio b`` (``Iic b``) at ℕ, Mathlib's ``∑ i < b`` (``∑ i ≤ b``): ``range b``
    (``range (b + 1)``)."""

    def build(args: tuple[Expr, ...], ty: Ty) -> Expr:
        (b,) = args
        if isinstance(b, Prim) and b.op == "cast" and b.args[0].ty != N:
            raise Unsupported("Finset interval", getattr(b, "span", None),
                              f"modelled at ℕ only, here at {show_ty(b.args[0].ty)}")
        return Prim("Finset.range", (Prim("add", (b, Lit(1, N)), N) if closed else b,), ty)

    return build


def _parity(rest: int) -> Build:
    """``Even n`` (``∃ r, n = r + r``) is ``n % 2 = 0`` and ``Odd n`` (``∃ k, n = 2 * k + 1``)
    is ``n % 2 = 1`` at ℕ and ℤ (Euclidean ``%``: ``-3 % 2 = 1``). Elsewhere they mean other
    things (every real is ``Even``): refused, named."""

    def build(args: tuple[Expr, ...], ty: Ty) -> Expr:
        (n,) = args
        t = getattr(n, "ty", None)
        numeral = isinstance(t, TMeta) and t.hint == "numeral"
        if not isinstance(t, TNat | TInt) and not numeral:  # `Even 4`: 4 defaults to ℕ
            shown = show_ty(t) if t is not None else "an unknown type"
            raise Unsupported("Even/Odd", getattr(n, "span", None),
                              reason=f"modelled at ℕ and ℤ only, here at {shown}")
        two, want = Lit(2, t), Lit(rest, t)
        return Prim("eq", (Prim("mod", (n, two), t), want), TProp())

    return build


def _lcm(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``Nat.lcm m n = m * n / gcd m n`` (core's definition; ``lcm 0 0 = 0 / 0 = 0``)."""
    m, n = args
    return Prim("div", (Prim("mul", (m, n), N), Prim("Nat.gcd", (m, n), N)), N)


def _coprime(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``Nat.Coprime m n`` is ``gcd m n = 1`` (a reducible definition in Lean)."""
    return Prim("eq", (Prim("Nat.gcd", args, N), Lit(1, N)), TProp())


def _dist(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``Nat.dist n m = n - m + (m - n)`` (Mathlib's definition, truncated subtraction)."""
    n, m = args
    return Prim("add", (Prim("sub", (n, m), N), Prim("sub", (m, n), N)), N)


def _int_lift(build: Build) -> Build:
    """``Int.gcd m n = m.natAbs.gcd n.natAbs`` (and ``Int.lcm`` alike): the ℕ operation on
    the absolute values."""

    def lifted(args: tuple[Expr, ...], ty: Ty) -> Expr:
        return build(tuple(_nat_abs((a,), N) for a in args), ty)

    return lifted


def _nat_abs(args: tuple[Expr, ...], ty: Ty) -> Expr:
    return Prim("Int.toNat", (Prim("abs", (args[0],), Z),), N)


def _neg_succ(args: tuple[Expr, ...], ty: Ty) -> Expr:  # -[n+1] = -(↑n + 1)
    succ = Prim("add", (Prim("cast", (args[0],), Z), Lit(1, Z)), Z)
    return Prim("neg", (succ,), Z)


def _range_from(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``List.range' s n step = [s, s + step, …, s + (n - 1) * step]`` (``n`` elements)."""
    s, n, step = args
    i = Var("i✝range", N)
    at = Prim("add", (s, Prim("mul", (step, i), N)), N)
    return Prim("List.map", (Lam((i,), at, TFun(N, N)),
                             Prim("List.range", (n,), TList(N))), TList(N))


def _nodup(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.Nodup``: no element twice, i.e. as many distinct elements as entries."""
    (xs,) = args
    distinct = Prim("Finset.card", (Prim("List.toFinset", (xs,), TFinset(_elem_of(xs))),), N)
    return Prim("eq", (distinct, Prim("List.length", (xs,), N)), TProp())


def _elem_of(xs: Expr) -> Ty:
    t = getattr(xs, "ty", None)
    return t.elem if isinstance(t, (TList, TArray)) else A


def _option_parts(o: Expr) -> tuple[Expr, Expr, Ty]:
    ot = o.ty
    elem = ot.elem if isinstance(ot, TOption) else A
    none = Prim("Option.none", (), ot)
    value = Prim("Option.getD", (o, Prim("default", (), elem)), elem)
    return Prim("eq", (o, none), TProp()), value, elem


def _option_map(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``o.map f``: ``none`` stays ``none``, ``some a`` becomes ``some (f a)``."""
    f, o = args
    is_none, value, _ = _option_parts(o)
    cod = ty.elem if isinstance(ty, TOption) else B
    return Ite(is_none, Prim("Option.none", (), ty),
               Prim("Option.some", (Call(f, (value,), cod),), ty), ty)


def _option_bind(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``o.bind f``: ``none`` stays ``none``, ``some a`` becomes ``f a``."""
    o, f = args
    is_none, value, _ = _option_parts(o)
    return Ite(is_none, Prim("Option.none", (), ty), Call(f, (value,), ty), ty)


def _is_some(args: tuple[Expr, ...], ty: Ty) -> Expr:
    (o,) = args
    is_none, _, _ = _option_parts(o)
    return Prim("decide", (Prim("not", (is_none,), TProp()),), TBool())


def _dot(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``Matrix.dotProduct v w = ∑ i, v i * w i``."""
    v, w = args
    real = TReal()
    dom = v.ty.dom if isinstance(v.ty, TFun) else A
    i = Var("i✝dot", dom)
    return BigOp("sum", i, Prim("mul", (Call(v, (i,), real), Call(w, (i,), real)), real), real)


def _to_nnreal(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``Real.toNNReal x = max x 0``."""
    zero = Lit(Fraction(0), TReal())
    return Prim("cast", (Prim("max", (args[0], zero), TReal()),), ty)


def _indices(xs: Expr) -> Expr:
    return Prim("List.range", (Prim("List.length", (xs,), N),), TList(N))


def _zip_idx(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.zipIdx = xs.zip (List.range xs.length)``: each element with its index."""
    (xs,) = args
    return Prim("List.zip", (xs, _indices(xs)), ty)


def _enum(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.enum = (List.range xs.length).zip xs`` (index first; deprecated for zipIdx)."""
    (xs,) = args
    return Prim("List.zip", (_indices(xs), xs), ty)


def _pairwise(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``xs.Pairwise R``: ``R xs[i] xs[j]`` for every ``i < j < xs.length``."""
    rel, xs = args
    elem = _elem_of(xs)
    i, j = Var("i✝pw", N), Var("j✝pw", N)
    idx = _indices(xs)
    holds = Call(rel, (Prim("List.get!", (xs, i), elem), Prim("List.get!", (xs, j), elem)),
                 TProp())
    inner = Prim("implies", (Prim("lt", (i, j), TProp()), holds), TProp())
    over_j = Quant("forall", j, Prim("implies", (Prim("List.mem", (j, idx), TProp()), inner),
                                      TProp()), bound=idx)
    return Quant("forall", i, Prim("implies", (Prim("List.mem", (i, idx), TProp()), over_j),
                                   TProp()), bound=idx)


def _mul_vec(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``M.mulVec v = fun i => ∑ j, M i j * v j`` (a ``Matrix m n ℝ`` is ``m → n → ℝ``)."""
    m, v = args
    real = TReal()
    dom_i = ty.dom if isinstance(ty, TFun) else A
    dom_j = v.ty.dom if isinstance(v.ty, TFun) else B
    i, j = Var("i✝mv", dom_i), Var("j✝mv", dom_j)
    term = Prim("mul", (Call(m, (i, j), real), Call(v, (j,), real)), real)
    return Lam((i,), BigOp("sum", j, term, real), ty)


def _vec_mul(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``Matrix.vecMul v M = fun j => ∑ i, v i * M i j``."""
    v, m = args
    real = TReal()
    dom_j = ty.dom if isinstance(ty, TFun) else B
    dom_i = v.ty.dom if isinstance(v.ty, TFun) else A
    i, j = Var("i✝vm", dom_i), Var("j✝vm", dom_j)
    term = Prim("mul", (Call(v, (i,), real), Call(m, (i, j), real)), real)
    return Lam((j,), BigOp("sum", i, term, real), ty)


def _fin_succ(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``Fin.succ i : Fin (n + 1)`` is ``i + 1`` (never wraps: ``i < n``)."""
    _, i = args
    return Prim("cast", (Prim("add", (Prim("cast", (i,), N), Lit(1, N)), N),), ty)


def _fin_cast_succ(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``Fin.castSucc i : Fin (n + 1)`` is ``i`` (the same number in a larger type)."""
    _, i = args
    return Prim("cast", (Prim("cast", (i,), N),), ty)


def _fin_last(args: tuple[Expr, ...], ty: Ty) -> Expr:
    """``Fin.last n : Fin (n + 1)`` is ``n``."""
    return Prim("cast", (args[0],), ty)


def _pred(args: tuple[Expr, ...], ty: Ty) -> Expr:
    return Prim("sub", (args[0], Lit(1, N)), N)


PRELUDE: dict[str, PreludeFn] = {**_seq("List"), **_seq("Array"), **_other()}
"""Every library function with a signature, by full Lean name."""

SPECIAL_NAMES: dict[str, str] = {
    "max": "max a b: arithmetic join of both arguments (numerals and coercions as for +)",
    "min": "min a b: as max",
    "abs": "|a|",
    "id": "the identity: id a is a",
    "Function.comp": "f ∘ g as fun x => f (g x)",
    "decide": "decide P : Bool",
    "Finset.sum": "Finset.sum s f = ∑ x ∈ s, f x (big operator)",
    "Finset.prod": "Finset.prod s f = ∏ x ∈ s, f x",
    "List.get": "xs.get i = xs[i]",
    "Nat.cast": "↑n, a coercion to the expected type",
    "True": "the true proposition",
    "False": "the false proposition",
    "true": "Bool true",
    "false": "Bool false",
}
"""Names with elaboration rules of their own (see ``elaborate.py``)."""

USER_SYNTAX = "syntax✝"
"""Prefix of the name the reader puts where a word made a keyword by user syntax it does not
read (``macro "dbl" x:term : term => …``) is used: ``«syntax✝dbl»``."""


class _Refused(dict[str, str]):
    """``UNSUPPORTED_NAMES``: the listed names, and every ``«syntax✝word»`` (see
    ``USER_SYNTAX``), whose reason names the word."""

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or (
            isinstance(key, str) and key.startswith(USER_SYNTAX))

    def __missing__(self, key: str) -> str:
        if key.startswith(USER_SYNTAX):
            return (f"`{key[len(USER_SYNTAX):]}` is a keyword of a `macro`, `syntax`, `elab` or "
                    "`notation3` command, whose meaning is not read (Lean parses the word as "
                    "that syntax, not as a name)")
        raise KeyError(key)


UNSUPPORTED_NAMES: dict[str, str] = _Refused({
    "Real.pi": "irrational constant",
    "Real.cos": "transcendental",
    "Real.sin": "transcendental",
    "Real.rpow": "real exponent",
    "List.sort": "not modelled",
    "List.mergeSort": "not modelled",
    "List.lookup": "not modelled",
    "Array.toList": "not modelled (a conversion between sequence types)",
    "List.toArray": "not modelled (a conversion between sequence types)",
    "Classical.choice": "non-computable",
    "notation✝extent": "a notation's argument is a term Lean parses at the argument's "
                       "precedence, and what follows it here (a prefix operator, |x|, fun, "
                       "an operand before a postfix notation…) leaves that extent undecided "
                       "by this reader; write the argument in parentheses",
})
"""Library names deliberately not modelled, with the reason shown to the user."""


def lookup(name: str) -> PreludeFn | None:
    """The prelude entry for a full Lean name, if any."""
    return PRELUDE.get(name)
