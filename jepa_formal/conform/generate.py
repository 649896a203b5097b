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
from typing import TYPE_CHECKING, Any

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
    TStruct,
    TVar,
    Ty,
    Var,
    map_type,
    uncurry,
)
from jepa_formal.mirror.core.unify import show_ty

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

BOUND_PREFIX = "__"


@dataclass(frozen=True, slots=True)
class Slot:
    """How to draw one binder: ``kind`` is one of type, size, nat, int, bool, real, fin, list,
    reals, vec, table, affine, linear, loss, struct; ``size`` names the ``Fin`` bound (binder
    name or int); ``scalar`` marks tables of numbers (not vectors); ``integral`` tables/lists
    of ℕ/ℤ; ``boolean`` tables of Bool (masks); ``width`` the ``d`` of a table
    ``Fin n → Fin d → ℝ`` (rows are vectors of that length); a ``struct`` slot's fields are
    slots named ``binder.field`` (``struct`` is the structure's full name)."""

    name: str
    kind: str
    size: str | int | None = None
    scalar: bool = False
    integral: bool = False
    boolean: bool = False
    width: str | int | None = None
    struct: str = ""


@dataclass(frozen=True, slots=True)
class Plan:
    """The slots to draw; ``ties`` the ext-style hypotheses imposed by construction (their
    names in ``tied``: they hold on every draw, so they are not evaluated); ``structs`` each
    structure binder with its full name and fields (drawn as slots ``binder.field``)."""

    slots: tuple[Slot, ...]
    ties: tuple[EqualOn, ...]
    tied: tuple[str, ...] = ()
    structs: tuple[tuple[str, str, tuple[str, ...]], ...] = ()

    def slot(self, name: str) -> Slot:
        return next(s for s in self.slots if s.name == name)


def analyse(law: Law, env: Env | None = None) -> Plan:
    """The drawing plan of a (rewritten) law; ``Unsupported`` names a binder it cannot draw."""
    binders = [b for b in law.binders if not b.name.startswith(BOUND_PREFIX)]
    binders = [f for b in binders for f in _flatten(b, env)]
    sizes = {n for b in binders for n in _fin_sizes(b.ty)}
    slots = tuple(_slot(b, sizes) for b in binders)
    kinds = {s.name: s for s in slots}
    ties = []
    tied = []
    for hname, h in law.hypotheses:
        tie = _equal_on(h)
        if tie and all(kinds.get(n) is not None for n in (tie.f, tie.g, tie.over)) and \
                kinds[tie.f].kind == kinds[tie.g].kind == "table" and \
                kinds[tie.over].kind == "list" and kinds[tie.f].width == kinds[tie.g].width:
            ties.append(tie)
            tied.append(hname)
    structs = tuple(
        (s.name, s.struct, tuple(t.name.split(".", 1)[1] for t in slots
                                 if t.name.startswith(s.name + ".")))
        for s in slots if s.kind == "struct")
    return Plan(slots, tuple(ties), tuple(tied), structs)


def _flatten(b: Var, env: Env) -> list[Var]:
    """A structure binder and then one pseudo-binder ``b.field`` per field (drawn like any
    binder; ``materialize`` assembles the structure value)."""
    if not isinstance(b.ty, TStruct):
        return [b]
    if env is None:
        raise Unsupported(f"values for binder {b.name} : {b.ty.name}")
    info = env.structure(b.ty.name)
    subst = {p.name: a for p, a in zip(info.params, b.ty.args, strict=False)}
    out = [b]
    for fname, fty in info.fields:
        out.append(Var(f"{b.name}.{fname}", _subst_ty(fty, subst)))
    return out


def _subst_ty(ty: Ty, subst: dict[str, Any]) -> Ty:
    if isinstance(ty, TFin) and isinstance(ty.n, Var) and ty.n.name in subst:
        return TFin(subst[ty.n.name])
    return map_type(ty, lambda t: _subst_ty(t, subst), lambda e: e)


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
    if isinstance(ty, TStruct):
        return Slot(b.name, "struct", struct=ty.name)
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
    if isinstance(ty, (TList, TArray)) and isinstance(ty.elem, (TReal, TRat, TFloat)):
        return Slot(b.name, "reals")
    if isinstance(ty, TFun):
        doms, cod = uncurry(ty)
        if len(doms) == 1 and isinstance(doms[0], TFin) and isinstance(cod, (TBool, TProp)):
            return Slot(b.name, "table", _size_of(doms[0]), scalar=True, boolean=True)
        if len(doms) == 2 and isinstance(doms[0], TFin) and isinstance(doms[1], TFin) and \
                isinstance(cod, (TReal, TRat, TFloat)):
            return Slot(b.name, "table", _size_of(doms[0]), width=_size_of(doms[1]))
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
                      reason="conform draws numbers, Fin n, lists of Fin n or of numbers, "
                      "float vectors for type variables, tables over Fin n (numbers, vectors, "
                      "Bool masks, rows of Fin d → ℝ), structures, linear predictors and losses")



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
        import numpy as np

        self.gen = np.random.default_rng(seed)
        self._pool: list[float] = []
        self._at = 0

    def numbers(self, k: int) -> list[float]:
        """``k`` numbers, taken from a pool drawn 4096 at a time by NumPy's generator (drawing
        one number at a time was most of a run's own time). Floats: a third each from
        U(-1, 1), N(0, 2²) and U(-10/3, 10/3); ints: -3…3."""
        if self._at + k > len(self._pool):
            self._pool = self._pool[self._at:] + self._refill(max(4096, k))
            self._at = 0
        out = self._pool[self._at:self._at + k]
        self._at += k
        return out

    def _refill(self, k: int) -> list[float]:
        g = self.gen
        if self.opt.values == "int":
            return [float(x) for x in g.integers(-3, 4, size=k).tolist()]
        pick = g.integers(0, 3, size=k)
        xs = g.uniform(-1.0, 1.0, size=k)
        xs[pick == 1] = g.normal(0.0, 2.0, size=int((pick == 1).sum()))
        xs[pick == 2] = g.uniform(-10.0, 10.0, size=int((pick == 2).sum())) / 3
        return round_all(xs, self.opt.dtype)

    def number(self) -> float:
        return self.numbers(1)[0]

    def vec(self) -> tuple[float, ...]:
        return tuple(self.numbers(self.opt.dim))

    def block(self, rows: int) -> tuple[tuple[float, ...], ...]:
        """``rows`` vectors of length ``dim`` in one draw."""
        return self.matrix(rows, self.opt.dim)[0]

    def matrix(self, rows: int, cols: int) -> tuple[tuple[tuple[float, ...], ...], Any]:
        """``rows × cols`` numbers as tuples and as the float64 array they came from."""
        import numpy as np

        flat = self.numbers(rows * cols)
        arr = np.array(flat, dtype=np.float64).reshape(rows, cols)
        return tuple(map(tuple, arr.tolist())), arr

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
        if s.kind == "struct":
            return None  # assembled from its fields by ``materialize``
        if s.kind == "reals":
            if index == 0:
                return ()
            return tuple(self.numbers(r.randint(0, grow)))
        if s.kind == "list":
            out = self._list(int(k or 0), index, grow, lists)
            lists.append(out)
            return out
        if s.kind == "table":
            n = int(k or 0)
            if s.width is not None:
                w = raw.get(s.width, s.width) if isinstance(s.width, str) else s.width
                rows, arr = self.matrix(n, int(w or 0))
                return Table(rows, arr)
            if s.boolean:
                return Table(tuple(r.random() < 0.5 for _ in range(n)))
            if s.scalar:
                if s.integral:
                    return Table(tuple(r.randint(0, 5) for _ in range(n)))
                return Table(tuple(self.numbers(n)))
            rows, arr = self.matrix(n, opt.dim)
            return Table(rows, arr)
        if s.kind == "affine":
            w, warr = self.matrix(opt.dim, opt.dim)
            e, earr = self.matrix(int(k or 0), opt.dim)
            return Affine(w, e, (warr, earr))
        if s.kind == "linear":
            return Linear(self.block(opt.dim))
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
            rows = list(g.rows)
            i = self.rng.choice(free)
            row = rows[i]
            if isinstance(row, float):
                rows[i] = math.nan
            elif isinstance(row, tuple) and row and isinstance(row[0], float):
                rows[i] = (math.nan, *row[1:])
            else:
                continue  # ℕ/ℤ/Bool tables have no NaN
            raw[tie.g] = Table(tuple(rows))


def round_all(xs: Any, dtype: str) -> list[float]:
    """An array of float64 values rounded to the dtype's precision, as Python floats."""
    if dtype == "float64":
        return [float(x) for x in xs.tolist()]
    return [round_to(float(x), dtype) for x in xs.tolist()]


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
