"""Drawing instances of a law for conformance, with realistic ML values and adversarial cases.

Why not the numeric layer's generator: numeric instantiates a type variable with a tiny finite
type (``Fin 2``) and ℝ with exact fractions, which is right for laws and useless for NumPy
code. Here ``Target``/``Pred``/``Context`` are float vectors of length ``dim``, ``predict`` is
a random linear map plus a position embedding, ``repLoss`` a named family, and numbers are
floats (``values="float"``) or float64 holding small integers (``values="int"``: every sum is
exact, so a deviation is a bug, not rounding).

Adversarial inputs come first and keep coming: empty lists, repeated indices, two lists that
overlap, and NaN in a target *outside* the indices an ext-style hypothesis
(``∀ i ∈ idxs, target₁ i = target₂ i``) constrains.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from typing import Any

from jepa_formal.conform.instance import Affine, EqualOn, Linear, RepLoss, Table
from jepa_formal.conform.options import ConformOptions
from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    Call,
    Expr,
    Law,
    Lit,
    Prim,
    Quant,
    TArray,
    TBool,
    TFin,
    TFloat,
    TFun,
    TInt,
    TList,
    TNat,
    TProp,
    TRat,
    TReal,
    TSort,
    TVar,
    Var,
    uncurry,
)
from jepa_formal.mirror.core.unify import show_ty

BOUND_PREFIX = "__bound_"


@dataclass(frozen=True, slots=True)
class Slot:
    """How to draw one binder: ``kind`` is one of type, size, nat, int, bool, real, fin, list,
    vec, table, affine, linear, loss; ``size`` names the ``Fin`` bound (binder name or int);
    ``scalar`` marks tables of numbers (not vectors); ``integral`` tables/lists of ℕ/ℤ."""

    name: str
    kind: str
    size: str | int | None = None
    scalar: bool = False
    integral: bool = False


@dataclass(frozen=True, slots=True)
class Plan:
    slots: tuple[Slot, ...]
    ties: tuple[EqualOn, ...]

    def slot(self, name: str) -> Slot:
        return next(s for s in self.slots if s.name == name)


def analyse(law: Law) -> Plan:
    """The drawing plan of a (rewritten) law; ``Unsupported`` names a binder it cannot draw."""
    binders = [b for b in law.binders if not b.name.startswith(BOUND_PREFIX)]
    sizes = {n for b in binders for n in _fin_sizes(b.ty)}
    slots = tuple(_slot(b, sizes) for b in binders)
    kinds = {s.name: s for s in slots}
    ties = []
    for _, h in law.hypotheses:
        tie = _equal_on(h)
        if tie and all(kinds.get(n) is not None for n in (tie.f, tie.g, tie.over)) and \
                kinds[tie.f].kind == kinds[tie.g].kind == "table" and \
                kinds[tie.over].kind == "list":
            ties.append(tie)
    return Plan(slots, tuple(ties))


def _fin_sizes(ty: Any) -> set[str]:
    out: set[str] = set()
    if isinstance(ty, TFin) and isinstance(ty.n, Var):
        out.add(ty.n.name)
    elif isinstance(ty, (TList, TArray)):
        out |= _fin_sizes(ty.elem)
    elif isinstance(ty, TFun):
        out |= _fin_sizes(ty.dom) | _fin_sizes(ty.cod)
    return out


def _size_of(ty: TFin) -> str | int:
    if isinstance(ty.n, Var):
        return ty.n.name
    if isinstance(ty.n, Lit) and isinstance(ty.n.value, int):
        return ty.n.value
    raise Unsupported("Fin n with a computed n", reason="conform draws Fin n for a binder n")


def _slot(b: Var, sizes: set[str]) -> Slot:
    ty = b.ty
    if isinstance(ty, TSort):
        return Slot(b.name, "type")
    if isinstance(ty, TNat):
        return Slot(b.name, "size" if b.name in sizes else "nat")
    if isinstance(ty, TInt):
        return Slot(b.name, "int")
    if isinstance(ty, (TBool, TProp)):
        return Slot(b.name, "bool")
    if isinstance(ty, (TReal, TRat, TFloat)):
        return Slot(b.name, "real")
    if isinstance(ty, TFin):
        return Slot(b.name, "fin", _size_of(ty))
    if isinstance(ty, TVar):
        return Slot(b.name, "vec")
    if isinstance(ty, (TList, TArray)) and isinstance(ty.elem, TFin):
        return Slot(b.name, "list", _size_of(ty.elem))
    if isinstance(ty, (TList, TArray)) and isinstance(ty.elem, TNat):
        return Slot(b.name, "list", 4, integral=True)
    if isinstance(ty, TFun):
        doms, cod = uncurry(ty)
        if len(doms) == 1 and isinstance(doms[0], TFin):
            if isinstance(cod, TVar):
                return Slot(b.name, "table", _size_of(doms[0]))
            if isinstance(cod, (TReal, TRat, TFloat, TNat, TInt)):
                return Slot(b.name, "table", _size_of(doms[0]), scalar=True,
                            integral=isinstance(cod, (TNat, TInt)))
        if len(doms) == 2 and isinstance(doms[0], TVar) and isinstance(doms[1], TFin) and \
                isinstance(cod, TVar):
            return Slot(b.name, "affine", _size_of(doms[1]))
        if len(doms) == 1 and isinstance(doms[0], TVar) and isinstance(cod, TVar):
            return Slot(b.name, "linear")
        if len(doms) == 2 and all(isinstance(d, TVar) for d in doms) and \
                isinstance(cod, (TReal, TRat, TFloat, TNat, TInt)):
            return Slot(b.name, "loss")
    raise Unsupported(f"values for binder {b.name} : {show_ty(ty)}",
                      reason="conform draws numbers, Fin n, lists of Fin n, float vectors for "
                      "type variables, tables over Fin n, linear predictors and losses")



def _equal_on(h: Expr) -> EqualOn | None:
    """Recognise ``∀ i ∈ xs, f i = g i`` (f, g, xs binders)."""
    if not (isinstance(h, Quant) and h.kind == "forall" and isinstance(h.bound, Var)):
        return None
    body = h.body
    if isinstance(body, Prim) and body.op == "implies":
        body = body.args[1]
    if not (isinstance(body, Prim) and body.op == "eq"):
        return None
    a, b = body.args
    if all(isinstance(x, Call) and isinstance(x.fn, Var) and len(x.args) == 1
           and isinstance(x.args[0], Var) and x.args[0].name == h.var.name for x in (a, b)):
        return EqualOn(a.fn.name, b.fn.name, h.bound.name)  # type: ignore[union-attr]
    return None


# --------------------------------------------------------------------------------------------
# drawing
# --------------------------------------------------------------------------------------------


class Drawer:
    """Draws raw instances of one plan from one seeded generator."""

    def __init__(self, plan: Plan, options: ConformOptions, seed: int) -> None:
        self.plan = plan
        self.opt = options
        self.rng = random.Random(seed)

    def number(self) -> float:
        r = self.rng
        if self.opt.values == "int":
            x = float(r.randint(-3, 3))
        else:
            x = r.choice((r.uniform(-1, 1), r.gauss(0, 2), r.uniform(-10, 10) / 3))
        return round_to(x, self.opt.dtype)

    def vec(self) -> tuple[float, ...]:
        return tuple(self.number() for _ in range(self.opt.dim))

    def draw(self, index: int) -> dict[str, Any]:
        """The raw instance number ``index`` (early ones are the adversarial shapes)."""
        r, opt = self.rng, self.opt
        raw: dict[str, Any] = {}
        grow = min(opt.max_len, 1 + index // 8)
        for s in self.plan.slots:
            if s.kind == "size":
                raw[s.name] = r.randint(1, opt.max_n) if index > 0 else min(2, opt.max_n)
        lists: list[tuple[int, ...]] = []
        for s in self.plan.slots:
            raw[s.name] = self._one(s, raw, index, grow, lists)
        self._nan_outside(raw, index)
        return raw

    def _one(self, s: Slot, raw: dict[str, Any], index: int, grow: int,
             lists: list[tuple[int, ...]]) -> Any:
        r, opt = self.rng, self.opt
        k = raw.get(s.size, s.size) if isinstance(s.size, str) else s.size
        if s.kind in ("type", "size"):
            return raw.get(s.name)
        if s.kind == "nat":
            return r.randint(0, 3)
        if s.kind == "int":
            return r.randint(-3, 3)
        if s.kind == "bool":
            return r.random() < 0.5
        if s.kind == "real":
            return self.number()
        if s.kind == "fin":
            return r.randrange(k) if k else 0
        if s.kind == "vec":
            return self.vec()
        if s.kind == "list":
            out = self._list(int(k or 0), index, grow, lists)
            lists.append(out)
            return out
        if s.kind == "table":
            n = int(k or 0)
            if s.scalar:
                if s.integral:
                    return Table(tuple(r.randint(0, 5) for _ in range(n)))
                return Table(tuple(self.number() for _ in range(n)))
            return Table(tuple(self.vec() for _ in range(n)))
        if s.kind == "affine":
            return Affine(tuple(self.vec() for _ in range(opt.dim)),
                          tuple(self.vec() for _ in range(int(k or 0))))
        if s.kind == "linear":
            return Linear(tuple(self.vec() for _ in range(opt.dim)))
        if s.kind == "loss":
            return RepLoss(opt.rep_loss)
        raise Unsupported(f"slot kind {s.kind}")  # pragma: no cover - analyse is closed

    def _list(self, n: int, index: int, grow: int, lists: list[tuple[int, ...]]) -> tuple[int, ...]:
        r = self.rng
        if n <= 0 or index == 0:
            return ()
        if index == 1:  # a repeated index
            return (0, 0)
        if index == 2:  # overlapping with the previous list
            return (lists[-1][-1],) if lists and lists[-1] else (0, n - 1)
        length = r.randint(0, grow)
        style = r.random()
        if style < 0.25:  # repeats: draw from a small pool
            pool = [r.randrange(n) for _ in range(2)]
            return tuple(r.choice(pool) for _ in range(length))
        if style < 0.5 and lists and lists[-1]:  # overlap with an earlier list
            prev = lists[-1]
            return tuple(r.choice(prev) if r.random() < 0.5 else r.randrange(n)
                         for _ in range(max(length, 1)))
        return tuple(r.randrange(n) for _ in range(length))

    def _nan_outside(self, raw: dict[str, Any], index: int) -> None:
        """NaN in a tied table's row that the hypothesis does not constrain (index 3 and then
        one draw in three)."""
        for tie in self.plan.ties:
            g, over = raw.get(tie.g), raw.get(tie.over)
            if not (isinstance(g, Table) and isinstance(over, tuple)):
                continue
            free = [i for i in range(len(g.rows)) if i not in set(over)]
            if not free or not (index == 3 or self.rng.random() < 1 / 3):
                continue
            i = self.rng.choice(free)
            rows = list(g.rows)
            row = rows[i]
            rows[i] = math.nan if isinstance(row, float) else (math.nan, *row[1:])
            raw[tie.g] = Table(tuple(rows))


def round_to(x: float, dtype: str) -> float:
    """``x`` rounded to the dtype's precision (float32; bfloat16 keeps 8 significant bits)."""
    if dtype == "float64" or not math.isfinite(x):
        return x
    import numpy as np

    f32 = np.float32(x)
    if dtype == "float32":
        return float(f32)
    bits = int(f32.view(np.uint32))
    bits = (bits + 0x7FFF + ((bits >> 16) & 1)) & 0xFFFF0000
    return float(np.array(bits, dtype=np.uint32).view(np.float32))
