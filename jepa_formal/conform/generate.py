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

import itertools
import math
from collections.abc import Callable, Iterator
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
    TOption,
    TProd,
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
from jepa_formal.mirror.core.values import Some

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env

BOUND_PREFIX = "__"


@dataclass(frozen=True, slots=True)
class Slot:
    """How to draw one binder: ``kind`` is one of type, size, nat, int, bool, real, fin, list,
    reals, vec, table, affine, linear, loss, struct, data; ``size`` names the ``Fin`` bound (binder
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
    ty: Any = None
    """The Lean type of a ``data`` slot (numbers, ``Fin n``, lists, pairs, ``Option`` of
    them, nested: drawn and shrunk structurally, see ``draw_datum``)."""


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
    elif isinstance(ty, (TList, TArray, TOption)):
        out |= _fin_sizes(ty.elem)
    elif isinstance(ty, TFun):
        out |= _fin_sizes(ty.dom) | _fin_sizes(ty.cod)
    elif isinstance(ty, TProd):
        out |= _fin_sizes(ty.fst) | _fin_sizes(ty.snd)
    return out


def is_data(ty: Ty) -> bool:
    """Types drawn structurally: numbers, Bool, ``Fin n`` (a binder or literal ``n``), and
    lists, pairs and ``Option`` of them, nested (``List (List ℝ)``, ``ℕ × Option ℤ``)."""
    if isinstance(ty, (TNat, TInt, TBool, TProp, TReal, TRat, TFloat)):
        return True
    if isinstance(ty, TFin):
        return isinstance(ty.n, Var) or (isinstance(ty.n, Lit) and isinstance(ty.n.value, int))
    if isinstance(ty, (TList, TArray, TOption)):
        return is_data(ty.elem)
    if isinstance(ty, TProd):
        return is_data(ty.fst) and is_data(ty.snd)
    return False


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
    if is_data(ty):
        return Slot(b.name, "data", ty=ty)
    raise Unsupported(f"values for binder {b.name} : {show_ty(ty)}",
                      reason="conform draws numbers, Fin n, lists, pairs and Option values of "
                      "them (nested), float vectors for type variables, tables over Fin n "
                      "(numbers, vectors, Bool masks, rows of Fin d → ℝ), structures, linear "
                      "predictors and losses")



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


class Raw(dict):  # type: ignore[type-arg]
    """A drawn instance (binder name → raw value) and ``forms``: the Python arguments already
    built for some of its values (``id(value) → (value, argument)``, the adapters' cache
    format), e.g. a vector's read-only row of the pool. Shrinking candidates are plain dicts:
    their values are converted as usual."""

    __slots__ = ("forms",)


FIRST_CHUNK = 64
"""Numbers of a generator's first chunk; each next chunk doubles, up to ``LAST_CHUNK``."""
LAST_CHUNK = 1024


def _chunk_sizes() -> Iterator[int]:
    """64, 128, … 1024, 1024, …: a law that takes few numbers draws few (a fixed 4096 drew
    ~30,000 numbers per law, most never used), one that takes many pays few NumPy calls."""
    size = FIRST_CHUNK
    while True:
        yield size
        size = min(2 * size, LAST_CHUNK)


class Uniform:
    """``randint``/``randrange``/``random``/``choice`` from uniforms NumPy draws a chunk at a
    time (``random.Random``'s methods cost a microsecond each, more than the rest of a draw).
    ``random`` is the ``__next__`` of a C-level iterator over the chunks (no Python frame per
    number). The chunks grow (``_chunk_sizes``); a float64 uniform is one output of the bit
    generator whatever the chunk size, so the numbers do not depend on the chunking."""

    __slots__ = ("gen", "random", "stream")

    def __init__(self, gen: Any) -> None:
        self.gen = gen
        chunks = (gen.random(size).tolist() for size in _chunk_sizes())
        self.stream = itertools.chain.from_iterable(chunks)
        """The uniforms themselves (``islice`` takes several at C speed)."""
        self.random = self.stream.__next__

    def randrange(self, n: int) -> int:
        return int(self.random() * n)

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: Any) -> Any:
        return seq[int(self.random() * len(seq))]


_DRAW_CODE: dict[str, Any] = {}
"""Compiled ``draw`` functions by source (each law of a run writes the same few shapes)."""


class Drawer:
    """Draws raw instances of one plan from one seeded generator, lazily: instance ``i`` is
    drawn when asked for (always in order, ``draw(0)``, ``draw(1)``, …), and takes its
    numbers then, from pools that grow a chunk at a time. The generators are called in the
    same order with the same sizes however many instances are drawn and whenever, so the
    same seed gives the same instances in the same order (a test compares a draw of 300 at
    once with draws interleaved with another law's)."""

    def __init__(self, plan: Plan, options: ConformOptions, seed: int) -> None:
        self.plan = plan
        self.opt = options
        import numpy as np

        self.np = np
        self.gen = np.random.default_rng(seed)
        self.rng = Uniform(np.random.default_rng(seed + 1))
        self._pool: Any = np.empty(0)
        """The numbers not handed out yet (a float64 array; ``numbers``/``array`` slice it)."""
        self._at = 0
        self._chunks = _chunk_sizes()
        self.drawn = 0
        """Numbers the pool has drawn from the generator (what a test measures)."""
        self.forms: dict[int, tuple[Any, Any]] | None = None
        self._kinds = tuple((s, getattr(self, f"_draw_{s.kind}")) for s in plan.slots)
        self._sizes = tuple(s.name for s in plan.slots if s.kind == "size")
        self.draw = self._compile()  # type: ignore[method-assign]

    def numbers(self, k: int) -> list[float]:
        """``k`` numbers, taken from a pool that NumPy's generator fills a chunk at a time
        (drawing one number at a time was most of a run's own time). Floats: a third each
        from U(-1, 1), N(0, 2²) and U(-10/3, 10/3); ints: -3…3."""
        return self.array(k).tolist()  # type: ignore[no-any-return]

    def array(self, k: int) -> Any:
        """The next ``k`` numbers of the pool as a read-only float64 array (a view)."""
        at = self._at
        if at + k > len(self._pool):
            left = len(self._pool) - at
            # the next chunk, or all that is asked for when it is more (a dim × dim matrix
            # past 1,024 numbers: the chunks stop growing there, and waiting for one that
            # big never ended)
            size = max(next(self._chunks), k - left)
            fresh = self._refill(size)
            self.drawn += size
            self._pool = self.np.concatenate((self._pool[at:], fresh)) if left > 0 else fresh
            self._pool.flags.writeable = False
            at = 0
        self._at = at + k
        return self._pool[at:at + k]

    def _refill(self, k: int) -> Any:
        g = self.gen
        if self.opt.values == "int":
            return g.integers(-3, 4, size=k).astype(self.np.float64)
        pick = g.integers(0, 3, size=k)
        xs = g.uniform(-1.0, 1.0, size=k)
        xs[pick == 1] = g.normal(0.0, 2.0, size=int((pick == 1).sum()))
        xs[pick == 2] = g.uniform(-10.0, 10.0, size=int((pick == 2).sum())) / 3
        return round_array(xs, self.opt.dtype)

    def number(self) -> float:
        return self.numbers(1)[0]

    def vec(self) -> tuple[float, ...]:
        """A vector of length ``dim``: its tuple, and (float64 runs) its array registered in
        ``forms`` so the calling convention passes that read-only row without converting."""
        row = self.array(self.opt.dim)
        v = tuple(row.tolist())
        if self.forms is not None:
            self.forms[id(v)] = (v, row)
        return v

    def block(self, rows: int) -> tuple[tuple[float, ...], ...]:
        """``rows`` vectors of length ``dim`` in one draw."""
        return tuple(map(tuple, self.matrix(rows, self.opt.dim).tolist()))

    def matrix(self, rows: int, cols: int) -> Any:
        """``rows × cols`` numbers as a read-only float64 array, no tuples (``Table`` and
        ``Affine`` build theirs only when read): exactly the numbers it holds are taken from
        the pool (drawn up front in blocks of every shape, most of them were never used)."""
        return self.array(rows * cols).reshape(rows, cols)

    def _compile(self) -> Callable[[int], dict[str, Any]]:
        """``draw`` written out for this plan as one Python function (``compile`` of text built
        here from the slots: names and constants only): the sizes, the common slot kinds and
        the calls of the pools in place, no method dispatch per slot. It draws exactly what
        ``draw`` draws, in the same order from the same generators (a test compares them)."""
        opt = self.opt
        ns: dict[str, Any] = {
            "Raw": Raw, "Table": Table, "Affine": Affine, "self": self,
            "rnd": self.rng.random, "_vec": self.vec, "_matrix": self.matrix,
            "_list": self._list, "_loss": RepLoss(opt.rep_loss),
        }
        forms = "{}" if opt.dtype == "float64" else "None"
        out = ["def draw(index):",
               "    raw = Raw()",
               f"    raw.forms = self.forms = {forms}",
               f"    grow = min({opt.max_len}, 1 + index // 8)",
               "    lists = []"]
        local: dict[str, str] = {}
        for k, name in enumerate(self._sizes):
            local[name] = f"s{k}"
            out.append(f"    s{k} = (1 + int(rnd() * {opt.max_n})) if index > 0 else "
                       f"{min(2, opt.max_n)}")
            out.append(f"    raw[{name!r}] = s{k}")

        def size(slot: Slot) -> str:
            if isinstance(slot.size, str):
                return local.get(slot.size) or f"int(raw.get({slot.size!r}, 0) or 0)"
            return str(int(slot.size or 0))

        dim = opt.dim
        for k, (slot, fn) in enumerate(self._kinds):
            key = repr(slot.name)
            kind = slot.kind
            if kind == "size" and slot.name in local:
                continue  # set with the sizes
            if kind == "type" and slot.name not in local:
                value = "None"
            elif kind == "nat":
                value = "int(rnd() * 4)"
            elif kind == "int":
                value = "-3 + int(rnd() * 7)"
            elif kind == "bool":
                value = "rnd() < 0.5"
            elif kind == "vec":
                value = "_vec()"
            elif kind == "loss":
                value = "_loss"
            elif kind == "fin":
                out.append(f"    f{k} = {size(slot)}")
                value = f"int(rnd() * f{k}) if f{k} else 0"
            elif kind == "list":
                out.append(f"    l{k} = _list({size(slot)}, index, grow, lists)")
                out.append(f"    lists.append(l{k})")
                value = f"l{k}"
            elif kind == "table" and slot.width is None and not slot.scalar:
                out.append(f"    n{k} = {size(slot)}")
                value = f"Table(None, _matrix(n{k}, {dim}))"
            elif kind == "affine":
                out.append(f"    n{k} = {size(slot)}")
                out.append(f"    w{k} = _matrix({dim}, {dim})")
                value = f"Affine(None, None, (w{k}, _matrix(n{k}, {dim})))"
            else:  # the slot kind's own method
                ns[f"_k{k}"], ns[f"_s{k}"] = fn, slot
                value = f"_k{k}(_s{k}, raw, index, grow, lists)"
            out.append(f"    raw[{key}] = {value}")
        if self.plan.ties:
            out.append("    self._nan_outside(raw, index)")
        out.append("    return raw")
        source = "\n".join(out) + "\n"
        code = _DRAW_CODE.get(source)
        if code is None:
            code = _DRAW_CODE[source] = compile(source, "<jepa-formal conform draw>", "exec")
        exec(code, ns)
        return ns["draw"]  # type: ignore[no-any-return]

    def draw(self, index: int) -> dict[str, Any]:
        """The raw instance number ``index`` (early ones are the adversarial shapes); the
        instance replaces this method by the one ``_compile`` writes, which draws the same."""
        r, opt = self.rng, self.opt
        raw = Raw()
        raw.forms = self.forms = {} if opt.dtype == "float64" else None
        grow = min(opt.max_len, 1 + index // 8)
        for name in self._sizes:
            raw[name] = r.randint(1, opt.max_n) if index > 0 else min(2, opt.max_n)
        lists: list[tuple[int, ...]] = []
        for s, fn in self._kinds:
            raw[s.name] = fn(s, raw, index, grow, lists)
        if self.plan.ties:
            self._nan_outside(raw, index)
        return raw

    # one method per slot kind (looked up once per plan, not per draw)

    def _size(self, s: Slot, raw: dict[str, Any]) -> int:
        return int(raw.get(s.size, 0) or 0) if isinstance(s.size, str) else int(s.size or 0)

    def _draw_type(self, s: Slot, raw: dict[str, Any], *_: Any) -> Any:
        return raw.get(s.name)

    _draw_size = _draw_type

    def _draw_nat(self, *_: Any) -> int:
        return self.rng.randint(0, 3)

    def _draw_int(self, *_: Any) -> int:
        return self.rng.randint(-3, 3)

    def _draw_bool(self, *_: Any) -> bool:
        return self.rng.random() < 0.5

    def _draw_real(self, *_: Any) -> float:
        return self.number()

    def _draw_fin(self, s: Slot, raw: dict[str, Any], *_: Any) -> int:
        k = self._size(s, raw)
        return self.rng.randrange(k) if k else 0

    def _draw_vec(self, *_: Any) -> tuple[float, ...]:
        return self.vec()

    def _draw_struct(self, *_: Any) -> None:
        return None  # assembled from its fields by ``materialize``

    def _draw_reals(self, s: Slot, raw: dict[str, Any], index: int, grow: int,
                    lists: list[tuple[int, ...]]) -> tuple[float, ...]:
        if index == 0:
            return ()
        return tuple(self.numbers(self.rng.randint(0, grow)))

    def _draw_list(self, s: Slot, raw: dict[str, Any], index: int, grow: int,
                   lists: list[tuple[int, ...]]) -> tuple[int, ...]:
        out = self._list(self._size(s, raw), index, grow, lists)
        lists.append(out)
        return out

    def _draw_table(self, s: Slot, raw: dict[str, Any], index: int = 0, *_: Any) -> Table:
        r, n = self.rng, self._size(s, raw)
        if s.width is not None:
            w = raw.get(s.width, s.width) if isinstance(s.width, str) else s.width
            return Table(None, self.matrix(n, int(w or 0)))
        if s.boolean:
            return Table(tuple(r.random() < 0.5 for _ in range(n)))
        if s.scalar:
            if s.integral:
                return Table(tuple(r.randint(0, 5) for _ in range(n)))
            return Table(tuple(self.numbers(n)))
        return Table(None, self.matrix(n, self.opt.dim))

    def _draw_affine(self, s: Slot, raw: dict[str, Any], index: int = 0, *_: Any) -> Affine:
        dim = self.opt.dim
        n = self._size(s, raw)
        w = self.matrix(dim, dim)
        return Affine(None, None, (w, self.matrix(n, dim)))

    def _draw_linear(self, *_: Any) -> Linear:
        return Linear(self.block(self.opt.dim))

    def _draw_loss(self, *_: Any) -> RepLoss:
        return RepLoss(self.opt.rep_loss)

    def _draw_data(self, s: Slot, raw: dict[str, Any], index: int, grow: int,
                   lists: list[tuple[int, ...]]) -> Any:
        return self.datum(s.ty, raw, index, grow)

    def datum(self, ty: Ty, raw: dict[str, Any], index: int, grow: int) -> Any:
        """A Lean value of a data type: lists as tuples (empty in instance 0, then up to
        ``grow`` long; inner lists of a nested list at most 3), pairs as 2-tuples, ``Option``
        as ``None`` (instance 0, then one draw in three) or ``Some``."""
        r = self.rng
        if isinstance(ty, TNat):
            return r.randint(0, 3)
        if isinstance(ty, TInt):
            return r.randint(-3, 3)
        if isinstance(ty, (TBool, TProp)):
            return r.random() < 0.5
        if isinstance(ty, (TReal, TRat, TFloat)):
            return self.number()
        if isinstance(ty, TFin):
            n = raw.get(ty.n.name, 0) if isinstance(ty.n, Var) else ty.n.value
            return r.randrange(n) if n else 0
        if isinstance(ty, (TList, TArray)):
            if index == 0:
                return ()
            inner = min(grow, 3)
            return tuple(self.datum(ty.elem, raw, index, inner)
                         for _ in range(r.randint(0, grow)))
        if isinstance(ty, TProd):
            return (self.datum(ty.fst, raw, index, grow), self.datum(ty.snd, raw, index, grow))
        if isinstance(ty, TOption):
            if index == 0 or r.random() < 1 / 3:
                return None
            return Some(self.datum(ty.elem, raw, index, grow))
        raise Unsupported(f"values of type {show_ty(ty)}")  # pragma: no cover - is_data

    def _list(self, n: int, index: int, grow: int, lists: list[tuple[int, ...]]) -> tuple[int, ...]:
        r = self.rng
        if n <= 0 or index == 0:
            return ()
        if index == 1:  # a repeated index
            return (0, 0)
        if index == 2:  # overlapping with the previous list
            return (lists[-1][-1],) if lists and lists[-1] else (0, n - 1)
        u = r.random
        length = int(u() * (grow + 1))
        style = u()
        if style < 0.25:  # repeats: draw from a small pool
            pool = (int(u() * n), int(u() * n))
            return tuple([pool[int(u() * 2)] for _ in range(length)])
        if style < 0.5 and lists and lists[-1]:  # overlap with an earlier list
            prev = lists[-1]
            k = len(prev)
            return tuple([prev[int(u() * k)] if u() < 0.5 else int(u() * n)
                          for _ in range(max(length, 1))])
        # ``int(u() * n)`` for each element, without a Python frame per element
        return tuple(map(int, map(float(n).__mul__, itertools.islice(r.stream, length))))

    def _nan_outside(self, raw: dict[str, Any], index: int) -> None:
        """NaN in a tied table's row that the hypothesis does not constrain (index 3 and then
        one draw in three)."""
        for tie in self.plan.ties:
            g, over = raw.get(tie.g), raw.get(tie.over)
            if not (isinstance(g, Table) and isinstance(over, tuple)):
                continue
            size = len(g.array) if g.array is not None else len(g.rows)
            free = [i for i in range(size) if i not in set(over)]
            if not free or not (index == 3 or self.rng.random() < 1 / 3):
                continue
            i = self.rng.choice(free)
            if g.array is not None and g.array.ndim == 2:  # a drawn table: stays an array
                arr = g.array.copy()
                arr[i, 0] = math.nan
                arr.flags.writeable = False
                raw[tie.g] = Table(None, arr)
                continue
            rows = list(g.rows)
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
    return round_array(xs, dtype).tolist()  # type: ignore[no-any-return]


def round_array(xs: Any, dtype: str) -> Any:
    """A float64 array with every finite value rounded to the dtype's precision (float32
    rounds to nearest even; bfloat16 keeps 8 significant bits, ``round_to`` on each)."""
    import numpy as np

    xs = np.asarray(xs, dtype=np.float64)
    if dtype == "float64":
        return xs
    f32 = xs.astype(np.float32)
    if dtype != "float32":
        bits = f32.view(np.uint32).astype(np.uint64)
        bits = (bits + 0x7FFF + ((bits >> 16) & 1)) & 0xFFFF0000
        f32 = bits.astype(np.uint32).view(np.float32)
    out = f32.astype(np.float64)
    keep = ~np.isfinite(xs)
    if keep.any():
        out[keep] = xs[keep]
    return out


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
