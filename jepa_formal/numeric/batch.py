"""Batched NumPy evaluation: thousands of instances of a law drawn and checked as arrays.

Why: a finite-index law (sums over index lists, gathers from function tables, ``Fin``
arithmetic) evaluated one instance at a time costs a few microseconds of interpreter work per
instance; as arrays over a batch of instances it costs nanoseconds. The search hands the
random phase to this module when the law lies in the fragment below and the budget is large
(``BATCH_MIN``); a failing row becomes an ordinary instance, is confirmed by the mirror, and
goes to the shrinker like any other counterexample.

The fragment (``plan`` decides it without importing NumPy):

* binders: type variables (instantiated as ``Fin k``, k = 1…3 per row), ℕ and ℤ values,
  ``Fin n`` values, lists of ``Fin n``/type-variable values, and functions whose arguments are
  ``Fin n``/type-variable values and whose results are ℕ, ℤ, ``Fin m`` or type-variable values
  (drawn as full tables); no hypotheses;
* terms: ``+ * -`` (ℕ truncated, ℤ, ``Fin n`` modulo n), comparisons, connectives, ``if``,
  list ``++ reverse map sum length ∈``, bounded ``∀ i ∈ xs``/``∃ i ∈ xs``, application of
  a function binder to all its arguments, and non-recursive definitions (evaluated on arrays).

Representation: a value of the batch is an array whose first axis is the row; every ``map``
or bounded quantifier around a term adds one trailing axis (its element position), and a list
is a pair (values, mask) of arrays with one more trailing axis, padded (padding is masked and
may sit anywhere: every list operation of the fragment is insensitive to where). ℕ and ℤ are
``int64``; before every addition, product and sum the largest possible magnitude is checked,
and a batch that could overflow is evaluated row by row in exact Python integers instead
(``Overflow``). ℚ, ℝ and Float are not in the fragment: they stay exact (or IEEE, in Lean's
order) in the scalar evaluator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jepa_formal import timelimit
from jepa_formal.mirror.core.terms import (
    COMPARISON_OPS,
    RELATION_TABLE,
    Call,
    DefCall,
    Expr,
    Ite,
    Lam,
    Law,
    Lit,
    Prim,
    Quant,
    TBool,
    TFin,
    TFun,
    TInt,
    TList,
    TNat,
    TProp,
    TSort,
    TVar,
    Ty,
    TypeArg,
    Var,
    uncurry,
)

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

BATCH_MIN = 10_000
"""Random instances a search must still run before it uses batches (fewer: one at a time)."""

BATCH_ROWS = 4096
"""Rows per batch."""

LIMIT = 2**62
"""Largest magnitude an int64 intermediate may reach before the batch is redone exactly."""

MAX_SIZE = 20


class NotBatchable(Exception):
    """The law (or a term of it) lies outside the fragment; the scalar search runs instead."""


class Overflow(Exception):
    """An int64 intermediate could exceed ``LIMIT``; this batch is redone in exact integers."""


# --------------------------------------------------------------------------------------------
# The plan: which binders, which terms (pure Python, no NumPy)
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Plan:
    """A law in the batch fragment: its binders' kinds in order."""

    law: Law
    kinds: tuple[tuple[str, Var], ...]  # ("sort" | "int" | "fin" | "list" | "fun", binder)


def plan(law: Law, env: Env | None) -> Plan | None:
    """The batch plan of ``law``, or None when it is outside the fragment."""
    if law.hypotheses or law.instance_constraints:
        return None  # type classes instantiate type variables with models, not Fin k
    kinds: list[tuple[str, Var]] = []
    try:
        for b in law.binders:
            kinds.append((_binder_kind(b.ty), b))
        _check_term(law.conclusion, env, set())
    except NotBatchable:
        return None
    return Plan(law, tuple(kinds))


def _index_ty(ty: Ty) -> bool:
    """A finite index type of the fragment: ``Fin n`` (n a literal or a ℕ binder) or a type
    variable."""
    if isinstance(ty, TFin):
        return isinstance(ty.n, Var) or (isinstance(ty.n, Lit) and type(ty.n.value) is int)
    return isinstance(ty, TVar)


def _value_ty(ty: Ty) -> bool:
    return isinstance(ty, (TNat, TInt)) or _index_ty(ty)


def _binder_kind(ty: Ty) -> str:
    if isinstance(ty, TSort):
        return "sort"
    if isinstance(ty, (TNat, TInt)):
        return "int"
    if _index_ty(ty):
        return "fin"
    if isinstance(ty, TList) and _index_ty(ty.elem):
        return "list"
    if isinstance(ty, TFun):
        doms, cod = uncurry(ty)
        if 1 <= len(doms) <= 3 and all(_index_ty(d) for d in doms) and _value_ty(cod):
            return "fun"
    raise NotBatchable(type(ty).__name__)


_ARITH = frozenset({"add", "mul", "sub"})
_CMP = COMPARISON_OPS
_LOGIC = frozenset({"and", "or", "not", "implies", "iff", "band", "bor", "bnot", "decide"})
_LISTS = frozenset({"List.append", "List.reverse", "List.map", "List.sum", "List.length",
                    "List.mem", "List.nil"})


def _scalar_ty(ty: Ty) -> bool:
    return _value_ty(ty) or isinstance(ty, (TBool, TProp))


def _check_term(e: Expr, env: Env | None, seen: set[str]) -> None:
    """Raise NotBatchable unless ``e`` (and every definition it reaches) is in the fragment."""
    if isinstance(e, Var):
        return
    if isinstance(e, Lit):
        if type(e.value) not in (int, bool):
            raise NotBatchable("literal")
        return
    if isinstance(e, TypeArg):
        if not isinstance(e.value, TVar):
            raise NotBatchable("type argument")
        return
    if isinstance(e, Ite):
        for x in (e.cond, e.then, e.orelse):
            _check_term(x, env, seen)
        if not _scalar_ty(e.ty):
            raise NotBatchable("if of a non-scalar")
        return
    if isinstance(e, Quant):
        if e.bound is None or e.kind not in ("forall", "exists"):
            raise NotBatchable("quantifier")
        _check_term(e.bound, env, seen)
        _check_term(e.body, env, seen)
        return
    if isinstance(e, Call):
        if not isinstance(e.fn, Var) or len(e.args) != len(uncurry(e.fn.ty)[0]):
            raise NotBatchable("application")
        for a in e.args:
            _check_term(a, env, seen)
        return
    if isinstance(e, DefCall):
        for a in e.args:
            _check_term(a, env, seen)
        if e.name in seen:
            return
        seen.add(e.name)
        try:
            info = env.definition(e.name)
        except Exception as exc:
            raise NotBatchable("definition") from exc
        if info.body is None or info.recursive:
            raise NotBatchable("recursive definition")
        _check_term(info.body, env, seen)
        return
    if isinstance(e, Prim):
        op = e.op
        tys = [a.ty for a in e.args]
        if op in _ARITH:
            if not (isinstance(tys[0], (TNat, TInt)) or _index_ty(tys[0])) or isinstance(
                tys[0], TVar
            ):
                raise NotBatchable(op)
        elif op in _CMP:
            if not _scalar_ty(tys[0]):
                raise NotBatchable(op)
        elif op == "cast":
            if not (isinstance(tys[0], TFin) and isinstance(e.ty, (TNat, TInt))) and not (
                isinstance(tys[0], TNat) and isinstance(e.ty, TInt)
            ):
                raise NotBatchable("cast")
        elif op in _LISTS:
            if op == "List.map":
                fn = e.args[0]
                if not (isinstance(fn, Lam) and len(fn.params) == 1) and not isinstance(
                    fn, Var
                ):
                    raise NotBatchable("map of a non-lambda")
                if isinstance(fn, Lam):
                    _check_term(fn.body, env, seen)
                    _check_term(e.args[1], env, seen)
                    return
            if op == "List.sum" and not isinstance(e.ty, (TNat, TInt)):
                raise NotBatchable("sum")
        elif op not in _LOGIC:
            raise NotBatchable(op)
        for a in e.args:
            _check_term(a, env, seen)
        return
    raise NotBatchable(type(e).__name__)


# --------------------------------------------------------------------------------------------
# Drawing a batch
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Batch:
    """The values of one batch: per binder an array (or (values, mask) for lists, the per-row
    k for type variables); ``valid`` marks rows that are instances (a ``Fin 0`` value cannot
    be drawn); ``sizes`` the per-row size of every ``Fin``/type-variable binder type."""

    rows: int
    values: dict[str, Any]
    valid: Any


def draw_batch(p: Plan, np: Any, gen: Any, rows: int) -> Batch:
    """A batch of random instances (sizes up to MAX_SIZE, varying per row)."""
    size = gen.integers(1, MAX_SIZE + 1, rows)
    values: dict[str, Any] = {}
    valid = np.ones(rows, dtype=bool)
    for kind, b in p.kinds:
        if kind == "sort":
            values[b.name] = gen.integers(1, 4, rows)
        elif kind == "int":
            if isinstance(b.ty, TNat):
                values[b.name] = (gen.random(rows) * (size + 1)).astype(np.int64)
            else:
                values[b.name] = (gen.random(rows) * (2 * size + 1)).astype(np.int64) - size
        elif kind == "fin":
            k = _sizes(b.ty, values, np, rows)
            valid &= k > 0
            values[b.name] = (gen.random(rows) * k).astype(np.int64)
        elif kind == "list":
            k = _sizes(b.ty.elem, values, np, rows)
            length = (gen.random(rows) * (size + 1)).astype(np.int64)
            length[k == 0] = 0
            width = max(int(length.max()), 1)
            vals = (gen.random((rows, width)) * k[:, None]).astype(np.int64)
            mask = np.arange(width)[None, :] < length[:, None]
            values[b.name] = (np.where(mask, vals, 0), mask)
        else:
            doms, cod = uncurry(b.ty)
            dims = [_sizes(d, values, np, rows) for d in doms]
            shape = (rows, *(max(int(d.max()), 1) for d in dims))
            u = gen.random(shape)
            extra = (1,) * len(doms)
            if isinstance(cod, TNat):
                table = (u * (size.reshape(-1, *extra) + 1)).astype(np.int64)
            elif isinstance(cod, TInt):
                s = size.reshape(-1, *extra)
                table = (u * (2 * s + 1)).astype(np.int64) - s
            else:
                m = _sizes(cod, values, np, rows)
                valid &= m > 0
                table = (u * m.reshape(-1, *extra)).astype(np.int64)
            values[b.name] = table
    return Batch(rows, values, valid)


def _sizes(ty: Ty, values: dict[str, Any], np: Any, rows: int) -> Any:
    """The per-row size of a ``Fin n``/type-variable type."""
    if isinstance(ty, TVar):
        return values[ty.name]
    n = ty.n  # type: ignore[attr-defined]
    if isinstance(n, Lit):
        return np.full(rows, int(n.value), dtype=np.int64)
    return values[n.name]


# --------------------------------------------------------------------------------------------
# Evaluating a batch
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _List:
    values: Any
    mask: Any


class _Eval:
    """Evaluates core terms over a batch (``np`` is the NumPy module).

    ``depth`` is the number of element axes of the context (one per enclosing ``map`` or
    bounded quantifier). A scalar of depth d has shape (rows, e1…ed); a list of depth d has
    values and mask of shape (rows, e1…ed, length). Operands of smaller depth broadcast: a
    scalar gets trailing singleton axes, a list gets them before its length axis."""

    def __init__(self, np: Any, env: Env | None, batch: Batch, p: Plan) -> None:
        self.np = np
        self.env = env
        self.rows = batch.rows
        self.sizes = {
            b.name: batch.values[b.name]
            for kind, b in p.kinds
            if kind == "sort" or (kind == "int" and isinstance(b.ty, TNat))
        }

    def scalars(self, *xs: Any) -> list[Any]:
        ndim = max(x.ndim for x in xs)
        return [x.reshape(x.shape + (1,) * (ndim - x.ndim)) for x in xs]

    def as_list(self, xs: _List, depth: int) -> tuple[Any, Any]:
        """A list's values and mask with ``depth`` element axes (singletons inserted)."""
        out = []
        for x in (xs.values, xs.mask):
            missing = depth - (x.ndim - 2)
            out.append(x.reshape(x.shape[:-1] + (1,) * missing + x.shape[-1:]))
        return out[0], out[1]

    def bound(self, x: Any) -> int:
        return int(self.np.abs(x).max()) if x.size else 0

    def ev(self, e: Expr, scope: dict[str, Any], depth: int) -> Any:
        np = self.np
        if isinstance(e, Var):
            return scope[e.name]
        if isinstance(e, Lit):
            dtype = np.int64 if type(e.value) is int else bool
            return np.full(self.rows, e.value, dtype=dtype)
        if isinstance(e, TypeArg):
            return scope[e.value.name]  # type: ignore[attr-defined]
        if isinstance(e, Ite):
            c, a, b = self.scalars(*(self.ev(x, scope, depth) for x in (e.cond, e.then, e.orelse)))
            return np.where(c, a, b)
        if isinstance(e, Quant):
            vals, mask = self.as_list(self.ev(e.bound, scope, depth), depth)  # type: ignore[arg-type]
            body = self.ev(e.body, {**scope, e.var.name: vals}, depth + 1)
            body, mask = self.scalars(body, mask)
            if e.kind == "forall":
                return (body | ~mask).all(axis=-1)
            return (body & mask).any(axis=-1)
        if isinstance(e, Call):
            table = scope[e.fn.name]  # type: ignore[attr-defined]
            return self.gather(table, [self.ev(a, scope, depth) for a in e.args])
        if isinstance(e, DefCall):
            info = self.env.definition(e.name)
            inner = {
                p.name: self.ev(a, scope, depth) for p, a in zip(info.params, e.args, strict=True)
            }
            return self.ev(info.body, inner, depth)
        if isinstance(e, Prim):
            return self.prim(e, scope, depth)
        raise NotBatchable(type(e).__name__)

    def gather(self, table: Any, args: list[Any]) -> Any:
        """``table[row, a, b…]`` per row, as one ``take`` on flat offsets (several times
        faster than NumPy's multi-array fancy indexing)."""
        idx = self.scalars(*args)
        ndim = idx[0].ndim
        shape = table.shape
        flat = self.np.arange(self.rows).reshape((-1,) + (1,) * (ndim - 1)) * (
            table.size // max(shape[0], 1)
        )
        stride = 1
        for axis in range(len(shape) - 1, 0, -1):
            flat = flat + idx[axis - 1] * stride
            stride *= shape[axis]
        return self.np.take(table.reshape(-1), flat)

    def fin_size(self, ty: Ty) -> Any:
        n = ty.n  # type: ignore[attr-defined]
        if isinstance(n, Lit):
            return self.np.full(self.rows, int(n.value), dtype=self.np.int64)
        return self.sizes[n.name]

    def prim(self, e: Prim, scope: dict[str, Any], depth: int) -> Any:
        np = self.np
        op = e.op
        if op == "List.nil":
            shape = (self.rows,) + (1,) * depth + (1,)
            return _List(np.zeros(shape, dtype=np.int64), np.zeros(shape, dtype=bool))
        if op == "List.map":
            fn, xs_e = e.args
            vals, mask = self.as_list(self.ev(xs_e, scope, depth), depth)
            if isinstance(fn, Lam):
                out = self.ev(fn.body, {**scope, fn.params[0].name: vals}, depth + 1)
            else:
                out = self.gather(scope[fn.name], [vals])  # type: ignore[attr-defined]
            out, mask = np.broadcast_arrays(*self.scalars(out, mask))
            return _List(out, mask)
        args = [self.ev(a, scope, depth) for a in e.args]
        if op == "List.append":
            (va, ma), (vb, mb) = (self.as_list(x, depth) for x in args)
            shape = np.broadcast_shapes(va.shape[:-1], vb.shape[:-1], ma.shape[:-1],
                                        mb.shape[:-1])

            def wide(x: Any) -> Any:
                return np.broadcast_to(x, shape + x.shape[-1:])

            return _List(np.concatenate([wide(va), wide(vb)], axis=-1),
                         np.concatenate([wide(ma), wide(mb)], axis=-1))
        if op == "List.reverse":
            (a,) = args
            return _List(a.values[..., ::-1], a.mask[..., ::-1])
        if op == "List.length":
            return args[0].mask.sum(axis=-1).astype(np.int64)
        if op == "List.sum":
            (a,) = args
            vals, mask = np.broadcast_arrays(a.values, a.mask)
            if self.bound(vals) * max(vals.shape[-1], 1) >= LIMIT:
                raise Overflow
            return np.where(mask, vals, 0).sum(axis=-1)
        if op == "List.mem":
            x, xs = args
            vals, mask = self.as_list(xs, max(depth, x.ndim - 1))
            (xv,) = self.scalars(x)
            xv = xv.reshape(xv.shape + (1,) * (vals.ndim - xv.ndim))
            return ((vals == xv) & mask).any(axis=-1)
        if op in _LOGIC:
            if op in ("not", "bnot"):
                return ~args[0].astype(bool)
            if op == "decide":
                return args[0].astype(bool)
            a, b = self.scalars(*(x.astype(bool) for x in args))
            if op in ("and", "band"):
                return a & b
            if op in ("or", "bor"):
                return a | b
            if op == "implies":
                return ~a | b
            return a == b
        if op in _CMP:
            a, b = self.scalars(*args)
            symbol = RELATION_TABLE[op].symbol if op in RELATION_TABLE else "="
            ufunc = {"=": np.equal, "≠": np.not_equal, "<": np.less, "≤": np.less_equal,
                     ">": np.greater, "≥": np.greater_equal}[symbol]
            return ufunc(a, b)
        if op == "cast":
            return args[0]
        if op in _ARITH:
            a, b = self.scalars(*args)
            ty = e.args[0].ty
            ba, bb = self.bound(a), self.bound(b)
            if (ba * bb if op == "mul" else ba + bb) >= LIMIT:
                raise Overflow
            out = a + b if op == "add" else a * b if op == "mul" else a - b
            if isinstance(ty, TNat) and op == "sub":
                return np.maximum(out, 0)
            if isinstance(ty, TFin):
                n, out = self.scalars(self.fin_size(ty), out)
                return np.mod(out, np.maximum(n, 1))
            return out
        raise NotBatchable(op)


def evaluate_batch(p: Plan, np: Any, env: Env | None, batch: Batch) -> Any:
    """The conclusion's truth per row (bool array); raises ``Overflow``."""
    scope: dict[str, Any] = {}
    for kind, b in p.kinds:
        v = batch.values[b.name]
        scope[b.name] = _List(*v) if kind == "list" else v
    result = _Eval(np, env, batch, p).ev(p.law.conclusion, scope, 0)
    return np.broadcast_to(result.astype(bool), (batch.rows,))


# --------------------------------------------------------------------------------------------
# Rows back to instances
# --------------------------------------------------------------------------------------------


def row_instance(p: Plan, batch: Batch, row: int) -> dict[str, Any]:
    """Row ``row`` as an ordinary instance (the values the scalar search would draw)."""
    from jepa_formal.numeric.generate import canonical_table
    from jepa_formal.numeric.types import fin

    out: dict[str, Any] = {}
    sizes: dict[str, int] = {}
    for kind, b in p.kinds:
        v = batch.values[b.name]
        if kind == "sort":
            k = int(v[row])
            out[b.name] = fin(k)
            sizes[b.name] = k
        elif kind in ("int", "fin"):
            out[b.name] = int(v[row])
            sizes[b.name] = int(v[row])
        elif kind == "list":
            vals, mask = v
            out[b.name] = tuple(int(x) for x, m in zip(vals[row], mask[row], strict=True) if m)
        else:
            doms, _ = uncurry(b.ty)
            extents = [_row_size(d, sizes) for d in doms]
            table = v[row]
            rows_: dict[tuple[Any, ...], Any] = {}
            for key in _keys(extents):
                rows_[key] = int(table[key])
            out[b.name] = canonical_table(len(doms), rows_)
    return out


def _row_size(ty: Ty, sizes: dict[str, int]) -> int:
    if isinstance(ty, TVar):
        return sizes[ty.name]
    n = ty.n  # type: ignore[attr-defined]
    return int(n.value) if isinstance(n, Lit) else sizes[n.name]


def _keys(extents: list[int]) -> Iterator[tuple[int, ...]]:
    import itertools

    return itertools.product(*(range(k) for k in extents))


# --------------------------------------------------------------------------------------------
# The batched random phase
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class BatchRun:
    """Counts of a batched phase and the first failing instance, if any."""

    examples: int = 0
    exact_rows: int = 0
    found: dict[str, Any] | None = None


def run_batches(
    p: Plan,
    env: Env | None,
    *,
    seed: int,
    examples: int,
    deadline: float,
    fails: Callable[[dict[str, Any]], bool],
    clock: Callable[[], float],
) -> BatchRun:
    """Draw and check batches until ``examples`` instances ran, the deadline or the theorem's
    time limit (``timelimit``) passed, or a row fails. ``fails(instance)`` is the scalar test
    (hypotheses and conclusion in the mirror): it confirms a failing row before it is
    reported, and evaluates batches that could overflow int64 row by row, in exact integers."""
    import numpy as np

    gen = np.random.default_rng(seed)
    run = BatchRun()
    while run.examples < examples and clock() <= deadline and not timelimit.expired():
        rows = min(BATCH_ROWS, examples - run.examples)
        batch = draw_batch(p, np, gen, rows)
        try:
            holds = evaluate_batch(p, np, env, batch)
            failing = np.flatnonzero(batch.valid & ~holds)
            counted = int(batch.valid.sum())
        except Overflow:
            failing, counted = _exact(p, batch, fails, run)
        for row in failing:
            inst = row_instance(p, batch, int(row))
            if fails(inst):
                run.examples += int(batch.valid[: int(row) + 1].sum())
                run.found = inst
                return run
            from jepa_formal.errors import InternalError

            raise InternalError(
                f"batched and scalar evaluation disagree on an instance of {p.law.name}: "
                f"{inst!r}"
            )
        run.examples += counted
    return run


def _exact(
    p: Plan, batch: Batch, fails: Callable[[dict[str, Any]], bool], run: BatchRun
) -> tuple[list[int], int]:
    """A batch that could overflow int64, evaluated row by row in Python integers."""
    out: list[int] = []
    counted = 0
    for row in range(batch.rows):
        if not batch.valid[row]:
            continue
        counted += 1
        run.exact_rows += 1
        if fails(row_instance(p, batch, row)):
            out.append(row)
            break
    return out, counted
