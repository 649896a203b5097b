"""A law compiled once to Python source: the numeric search's fast evaluator.

Why source: the concrete mirror (``mirror/concrete``) compiles a law to a tree of closures,
one Python call per node per instance. Generating one Python function per hypothesis and
conclusion (``compile()`` of text this module writes from the typed core terms, never of user
text) lets CPython run sums, maps and table lookups as plain expressions: ``(xs.map fun i =>
loss i).sum`` becomes ``sum([loss_c(i) for i in xs])``. A function table (``TableFn``) is
applied without a method call: a table the generator drew or enumerated over ``Fin`` domains
by subscripts of its ``dense`` form (``t(a, b)`` is ``t_t[a][b]``, as a hand-written loop over
lists would), any other through its dictionary (``_table``); see ``_Gen.body``.

Soundness: the generated code covers a fragment whose Python meaning is Lean's on the concrete
values (ℕ/ℤ/ℚ/ℝ arithmetic, truncated ℕ subtraction, comparisons where Python ``==`` is
Prop equality, Bool/Prop connectives, list operations that are the same on tuples, bounded
quantifiers, non-recursive definitions). Every other node is evaluated by the mirror's own
closure for it (``compile_expr``), called with the current values of the variables in scope.
The search only uses this evaluator to *find* a failing instance; shrinking, both sides'
values and the replay of a counterexample go through the mirror's ``CompiledLaw``, and a test
compares both evaluators on random instances of every corpus law.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    COMPARISON_OPS,
    RELATION_TABLE,
    BigOp,
    Call,
    DefCall,
    Expr,
    Ite,
    Lam,
    Law,
    Let,
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
    Ty,
    TypeArg,
    Var,
    children,
    uncurry,
)
from jepa_formal.mirror.core.values import TableFn
from jepa_formal.mirror.core.walker import Walker

if TYPE_CHECKING:
    from jepa_formal.mirror.core.env import Env
    from jepa_formal.numeric.backend import Compiled

MAX_INLINE = 6
"""Nested definitions written in place at most (deeper ones are called)."""

MAX_SOURCE = 200_000
"""Longest generated source (characters); a larger law keeps the closure evaluator."""

_EXACT = (TNat, TInt, TRat, TReal)
_EQ_SAFE = (TNat, TInt, TRat, TReal, TFin, TBool, TProp)
"""Types whose Lean ``=`` is Python ``==`` on the concrete values (not Float: NaN = NaN)."""
_ORDERED = (TNat, TInt, TRat, TReal, TFin, TFloat)
_PYTHON_RELATION = {"=": "==", "≠": "!=", "<": "<", "≤": "<=", ">": ">", "≥": ">="}
"""Python's operator for each relation's Lean symbol (``beq`` is ``=`` on these types)."""


def _table(value: Any) -> tuple[Callable[[tuple[Any, ...], Any], Any], Any]:
    """``(get, default)`` such that ``get(args, default)`` is the value applied to ``args``:
    a drawn table's own ``dict.get`` (no Python frame per lookup), or a wrapper of any other
    function value."""
    if type(value) is TableFn:
        data = getattr(value.table, "_data", None)
        if type(data) is not dict:
            data = dict(value.table)
        return data.get, value.default
    return (lambda args, _default: value(*args)), None


@dataclass(frozen=True, slots=True)
class FastLaw:
    """The generated functions of one law (each takes the frame tuple of binder values) and
    the mirror's ``CompiledLaw`` for everything else (shrinking, sides, replay)."""

    slow: Compiled
    names: tuple[str, ...]
    hypotheses: tuple[Callable[[tuple[Any, ...]], Any], ...]
    conclusion: Callable[[tuple[Any, ...]], Any]
    source: str

    def frame(self, bindings: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(map(bindings.get, self.names))  # (no generator frame per instance)

    def hypotheses_hold(self, bindings: Mapping[str, Any]) -> bool:
        return bool(self.slow.hypotheses_hold(bindings))

    def conclusion_holds(self, bindings: Mapping[str, Any]) -> bool:
        return bool(self.slow.conclusion_holds(bindings))

    def sides(self, bindings: Mapping[str, Any]) -> tuple[Any, Any] | None:
        return self.slow.sides(bindings)  # type: ignore[no-any-return]


def compile_fast(law: Law, env: Env | None, slow: Compiled | None = None) -> FastLaw | None:
    """``law`` compiled to Python source, or None when it cannot be (the caller keeps the
    closure evaluator). ``slow`` is the mirror's ``CompiledLaw`` of the same law."""
    from jepa_formal.mirror.concrete import compile_law

    try:
        slow = slow if slow is not None else compile_law(law, env)
        gen = _Gen(env)
        names = tuple(b.name for b in law.binders)
        binders = law.binders
        hyps = tuple(
            gen.function(f"_h{i}", binders, h) for i, (_, h) in enumerate(law.hypotheses)
        )
        concl = gen.function("_concl", binders, law.conclusion)
        source = "\n".join(gen.lines) + "\n"
        if len(source) > MAX_SOURCE:
            return None
        code = compile(source, f"<jepa-formal law {law.name}>", "exec")
        exec(code, gen.ns)  # our own generated text: names and constants only
    except (Unsupported, RecursionError, SyntaxError, MemoryError, ValueError):
        return None
    return FastLaw(slow, names, tuple(gen.ns[h] for h in hyps), gen.ns[concl], source)


Scope = tuple[tuple[str, str], ...]
"""(Lean name, Python name) of the variables in scope, innermost last."""


class _Gen(Walker):
    """Writes the functions of one law; ``expr`` returns the source of one core expression.

    ``DENSE``: drawn tables over ``Fin`` domains are applied by subscripts (``body``); the
    strict evaluator never does, and conformance (whose tables are its own) turns it off.

    ``strict``: every node in the generated source itself, never the mirror's closure (a node
    outside the fragment raises ``Unsupported``); the fragment then also covers IEEE
    ``Float`` arithmetic, ``BEq`` (``==``, ``count``, ``elem``), ``Float`` sums as right
    folds and Lean's ℕ/ℤ/ℚ/ℝ division and modulo, each written here apart from the mirror's
    ``ops.py``: this is the second, independent evaluator of ``closed_truth``."""

    DENSE = True

    def __init__(self, env: Env | None, strict: bool = False) -> None:
        from jepa_formal.mirror.concrete import compile_expr

        self.env = env
        self.strict = strict
        self.compile_expr = compile_expr
        self.ns: dict[str, Any] = {"_table": _table, "__builtins__": __builtins__,
                                   "_fdiv": _fdiv, "_fsum": _fsum, "_ediv": _ediv,
                                   "_emod": _emod, "_Fraction": Fraction,
                                   "_TableFn": TableFn}
        self.tabled: set[str] = set()
        self.subscripts = False
        """Whether the expression being written applies tables by subscripts of their
        ``dense`` forms (the first variant of a body, see ``body``)."""
        self.closures: dict[tuple[int, tuple[str, ...]], tuple[Expr, str]] = {}
        self.inlining = 0
        self.lines: list[str] = []
        self.defs: dict[str, str] = {}
        self.count = 0

    def fresh(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}{self.count}"

    def const(self, value: Any) -> str:
        name = self.fresh("_k")
        self.ns[name] = value
        return name

    def function(self, fname: str, params: tuple[Var, ...], body: Expr) -> str:
        """``def fname(f): <params> = f; return <body>`` (f: the frame tuple)."""
        pys = tuple(self.fresh("v") for _ in params)
        scope: Scope = tuple((p.name, py) for p, py in zip(params, pys, strict=True))
        tabled = self.tables(params, pys)
        unpack = f"    {', '.join(pys)}, = f\n" if pys else ""
        self.lines.append(f"def {fname}(f):\n{unpack}{self.body(tabled, body, scope)}")
        return fname

    def body(self, tabled: list[str], e: Expr, scope: Scope) -> str:
        """The lines of a function body returning ``e``, its function parameters ``tabled``.

        Where ``e`` applies a parameter and the compiled evaluator may (``DENSE``), the body
        has two variants: when every table it applies carries its ``dense`` form (a drawn
        table over ``Fin`` domains, ``TableFn.dense``), ``t(a, b)`` is ``t_t[a][b]``, two
        subscripts of tuples; otherwise (a sparse or repaired table, a closure) it is the
        dictionary lookup ``t_g((a, b), t_d)`` of ``_table``. Both read the same function:
        ``dense`` is derived from the table and indexed by the ``Fin`` values the law
        applies it to."""
        saved = self.subscripts
        try:
            self.subscripts = False
            text = self.expr(e, scope)
            plain = f"{self.table_lines(tabled, text)}    return {text}\n"
            if not self.DENSE or self.strict or not any(f"{py}_g(" in text for py in tabled):
                return plain
            self.subscripts = True
            fast = self.expr(e, scope)
        finally:
            self.subscripts = saved
        used = [py for py in tabled if f"{py}_t[" in fast]
        views = "".join(
            f"    {py}_t = {py}.dense if type({py}) is _TableFn else None\n" for py in used
        )
        ready = " and ".join(f"{py}_t is not None" for py in used)
        return f"{views}    if {ready}:\n        return {fast}\n{plain}"

    # --- helpers --------------------------------------------------------------------------

    def tables(self, params: tuple[Var, ...], pys: tuple[str, ...]) -> list[str]:
        """Function-typed parameters, read as ``(get, default)`` once per call (``_table``)
        so that each application costs one dictionary lookup."""
        out = []
        for p, py in zip(params, pys, strict=True):
            if isinstance(p.ty, TFun):
                self.tabled.add(py)
                out.append(py)
        return out

    @staticmethod
    def table_lines(tabled: list[str], text: str) -> str:
        """``(get, default)`` of each table ``text`` applies: a ``TableFn``'s own dictionary
        read in place (its ``table`` is always a ``FrozenTable`` over a dict), anything else
        through ``_table`` (no Python call per table for the common case)."""
        return "".join(
            f"    {py}_g, {py}_d = ({py}.table._data.get, {py}.default) "
            f"if type({py}) is _TableFn else _table({py})\n"
            for py in tabled if f"{py}_g(" in text
        )

    def lookup(self, name: str, scope: Scope) -> str:
        for lean, py in reversed(scope):
            if lean == name:
                return py
        raise Unsupported(f"free variable '{name}'")

    def fallback(self, e: Expr, scope: Scope) -> str:
        """The mirror's closure for ``e``, called with the values of the scope."""
        if self.strict:
            what = getattr(e, "op", type(e).__name__)
            raise Unsupported(f"{what} outside the compiled evaluator's fragment")
        names = tuple(lean for lean, _ in scope)
        key = (id(e), names)  # a body's second variant reuses the first one's closures
        hit = self.closures.get(key)
        if hit is None:  # (``e`` kept with its name: its id stays its own)
            hit = self.closures[key] = (e, self.const(self.compile_expr(e, self.env, names)))
        frame = ", ".join(py for _, py in scope)
        return f"{hit[1]}(({frame}{',' if len(scope) == 1 else ''}))"

    # --- expressions ----------------------------------------------------------------------

    def expr(self, e: Expr, scope: Scope) -> str:
        visit = self.handler_for(type(e))  # the walker's table; no handler: the mirror's
        if visit is not None:
            text = visit(self, e, scope)
            if text is not None:
                return str(text)
        return self.fallback(e, scope)

    def visit_Var(self, e: Var, scope: Scope) -> str:
        return self.lookup(e.name, scope)

    def visit_Lit(self, e: Lit, scope: Scope) -> str | None:
        if self.strict and isinstance(e.ty, TFloat) and type(e.value) is float:
            return self.const(e.value)
        if not isinstance(e.ty, (TNat, TInt, TFin, TBool, TProp, TRat, TReal)):
            return None  # e.g. `0 : α` of a type class: the instance's zero (the mirror's)
        v = e.value
        if type(v) in (int, bool):
            return f"({v!r})"
        return self.const(v)

    def visit_TypeArg(self, e: TypeArg, scope: Scope) -> str | None:
        if isinstance(e.value, TVar):
            for lean, py in reversed(scope):
                if lean == e.value.name:
                    return py
        return None

    def visit_Ite(self, e: Ite, scope: Scope) -> str:
        c, a, b = (self.expr(x, scope) for x in (e.cond, e.then, e.orelse))
        return f"({a} if {c} else {b})"

    def visit_Let(self, e: Let, scope: Scope) -> str:
        py = self.fresh("v")
        value = self.expr(e.value, scope)
        body = self.expr(e.body, (*scope, (e.var.name, py)))
        return f"(lambda {py}: {body})({value})"

    def visit_Lam(self, e: Lam, scope: Scope) -> str | None:
        if len(e.params) != len(uncurry(e.ty)[0]):
            return None  # returns a function: the mirror uncurries it
        pys = tuple(self.fresh("v") for _ in e.params)
        inner = (*scope, *((p.name, py) for p, py in zip(e.params, pys, strict=True)))
        return f"(lambda {', '.join(pys)}: {self.expr(e.body, inner)})"

    def visit_Call(self, e: Call, scope: Scope) -> str | None:
        if len(e.args) != len(uncurry(e.fn.ty)[0]):
            return None  # partial application: the mirror's caller
        fn = self.expr(e.fn, scope)
        args = ", ".join(self.expr(a, scope) for a in e.args)
        if fn in self.tabled:  # a function parameter read through its table
            if self.subscripts:
                return fn + "_t" + "".join(f"[{self.expr(a, scope)}]" for a in e.args)
            return f"{fn}_g(({args},), {fn}_d)"
        return f"{fn}({args})"

    def visit_Quant(self, e: Quant, scope: Scope) -> str | None:
        if e.bound is None or e.kind not in ("forall", "exists"):
            return None
        dom = self.expr(e.bound, scope)
        py = self.fresh("v")
        body = self.expr(e.body, (*scope, (e.var.name, py)))
        quant = "all" if e.kind == "forall" else "any"
        return f"{quant}({body} for {py} in {dom})"

    def visit_DefCall(self, e: DefCall, scope: Scope) -> str | None:
        inlined = self.inline(e, scope)
        if inlined is not None:
            return inlined
        fname = self.definition(e.name)
        if fname is None:
            return None
        args = ", ".join(self.expr(a, scope) for a in e.args)
        return f"{fname}({args})"

    def inline(self, e: DefCall, scope: Scope) -> str | None:
        """The body of a non-recursive definition written in place, its parameters replaced
        by the arguments' source, when that evaluates no argument more often than the call
        would: an atomic argument (a variable, a literal) anywhere, any other argument only
        where its parameter occurs once, outside every binder. Saves the call and lets the
        body read the caller's function tables directly."""
        if self.env is None or self.inlining >= MAX_INLINE:
            return None
        try:
            info = self.env.definition(e.name)
        except Unsupported:
            return None
        if info.body is None or info.recursive or len(info.params) != len(e.args):
            return None
        uses = _uses(info.body, tuple(p.name for p in info.params))
        if uses is None:
            return None
        inner: list[tuple[str, str]] = []
        for p, a in zip(info.params, e.args, strict=True):
            if isinstance(a, (Var, Lit, TypeArg)):
                text = self.expr(a, scope)
                if not text.isidentifier() and not isinstance(a, Lit):
                    return None
            else:
                count, under = uses.get(p.name, (0, False))
                if count > 1 or under:
                    return None
                text = f"({self.expr(a, scope)})" if count else "None"
            inner.append((p.name, text))
        self.inlining += 1
        try:
            return f"({self.expr(info.body, tuple(inner))})"
        finally:
            self.inlining -= 1

    def definition(self, name: str) -> str | None:
        """A non-recursive definition with a body as a Python function (written once)."""
        if name in self.defs:
            return self.defs[name] or None
        self.defs[name] = ""  # also stops a definition that mentions itself
        if self.env is None:
            return None
        try:
            info = self.env.definition(name)
        except Unsupported:
            return None
        if info.body is None or info.recursive:
            return None
        pys = tuple(self.fresh("v") for _ in info.params)
        scope: Scope = tuple((p.name, py) for p, py in zip(info.params, pys, strict=True))
        tabled = self.tables(info.params, pys)
        text = self.body(tabled, info.body, scope)
        fname = self.fresh("_d")
        self.lines.append(f"def {fname}({', '.join(pys)}):\n{text}")
        self.defs[name] = fname
        return fname

    # --- primitive operations -------------------------------------------------------------

    def visit_Prim(self, e: Prim, scope: Scope) -> str | None:
        op, args = e.op, e.args
        tys = [a.ty for a in args]
        if op in ("and", "band", "or", "bor", "implies", "iff"):
            a, b = (self.expr(x, scope) for x in args)
            if op in ("and", "band"):
                return f"(bool({a}) and bool({b}))"
            if op in ("or", "bor"):
                return f"(bool({a}) or bool({b}))"
            if op == "implies":
                return f"((not {a}) or bool({b}))"
            return f"(bool({a}) == bool({b}))"
        if op in ("not", "bnot", "decide"):
            a = self.expr(args[0], scope)
            return f"(not {a})" if op != "decide" else f"bool({a})"
        if self.strict:
            text = self.strict_prim(e, scope)
            if text is not None:
                return text
        if op in COMPARISON_OPS:
            rel = RELATION_TABLE.get(op)
            ordered = rel is not None and rel.order
            if ordered and not isinstance(tys[0], _ORDERED):
                return None
            if not ordered and not _eq_safe(tys[0]):
                return None
            a, b = (self.expr(x, scope) for x in args)
            return f"({a} {_PYTHON_RELATION[rel.symbol if rel else '=']} {b})"
        if op in ("add", "mul", "sub") and isinstance(tys[0], _EXACT):
            a, b = (self.expr(x, scope) for x in args)
            if op == "sub" and isinstance(tys[0], TNat):
                return f"max({a} - {b}, 0)"
            return f"({a} {'+' if op == 'add' else '*' if op == 'mul' else '-'} {b})"
        return self.list_op(e, scope)

    def strict_prim(self, e: Prim, scope: Scope) -> str | None:
        """The operations only the strict evaluator writes out (see the class docstring)."""
        op, args = e.op, e.args
        ty = args[0].ty if args else e.ty
        if isinstance(ty, TFloat) and op in ("add", "sub", "mul", "div", "neg"):
            a = [self.expr(x, scope) for x in args]
            if op == "neg":
                return f"(-{a[0]})"
            if op == "div":
                return f"_fdiv({a[0]}, {a[1]})"
            return f"({a[0]} {'+' if op == 'add' else '-' if op == 'sub' else '*'} {a[1]})"
        if op == "neg" and isinstance(ty, (TInt, TRat, TReal)):
            return f"(-{self.expr(args[0], scope)})"
        if op in ("div", "mod") and isinstance(ty, (TNat, TInt, TRat, TReal)):
            a, b = (self.expr(x, scope) for x in args)
            if isinstance(ty, (TRat, TReal)):
                if op == "mod":
                    return None
                return f"(_Fraction({a}) / {b} if {b} != 0 else _Fraction(0))"
            if isinstance(ty, TNat):
                return f"({a} // {b} if {b} else 0)" if op == "div" \
                    else f"({a} % {b} if {b} else {a})"
            return f"{'_ediv' if op == 'div' else '_emod'}({a}, {b})"
        if op == "beq" and _beq_scalar(ty):
            a, b = (self.expr(x, scope) for x in args)
            return f"({a} == {b})"  # IEEE == at Float: NaN matches nothing
        if op in ("List.count", "List.elem") and isinstance(args[1].ty, (TList, TArray)) \
                and _beq_scalar(args[1].ty.elem):
            x, xs = (self.expr(a, scope) for a in args)
            y = self.fresh("v")
            if op == "List.count":  # element by element: ``in`` would match NaN by identity
                return f"sum(1 for {y} in {xs} if {y} == {x})"
            return f"any({y} == {x} for {y} in {xs})"
        if op == "List.sum" and isinstance(e.ty, TFloat):
            return f"_fsum({self.expr(args[0], scope)})"
        return None

    def list_op(self, e: Prim, scope: Scope) -> str | None:
        op, args = e.op, e.args
        if op == "List.nil":
            return "()"
        if op == "List.cons":
            h, t = (self.expr(x, scope) for x in args)
            return f"({h}, *{t})"
        if op == "List.append":
            a, b = (self.expr(x, scope) for x in args)
            return f"({a} + {b})"
        if op == "List.reverse":
            return f"{self.expr(args[0], scope)}[::-1]"
        if op == "List.length":
            return f"len({self.expr(args[0], scope)})"
        if op in ("List.mem",) and _eq_safe(args[0].ty):
            x, xs = (self.expr(a, scope) for a in args)
            return f"({x} in {xs})"
        if op == "List.sum" and isinstance(e.ty, _EXACT):
            zero = "0" if isinstance(e.ty, (TNat, TInt)) else self.const(Fraction(0))
            inner = args[0]
            if isinstance(inner, Prim) and inner.op == "List.map":
                mapped = self.mapped(inner, scope)
                if mapped is not None:
                    return f"sum({mapped}, {zero})"
            return f"sum({self.expr(inner, scope)}, {zero})"
        if op == "List.map":
            mapped = self.mapped(e, scope)
            return f"tuple({mapped})" if mapped is not None else None
        return None

    def mapped(self, e: Prim, scope: Scope) -> str | None:
        """``xs.map fun x => body`` as a list comprehension, when its elements cannot be
        functions (a closure made in a comprehension would see the last element)."""
        fn, xs = e.args
        if len(uncurry(fn.ty)[0]) != 1:
            return None  # a map to partial applications: the mirror's caller
        if not isinstance(fn, Lam):
            return f"map({self.expr(fn, scope)}, {self.expr(xs, scope)})"
        if len(fn.params) != 1 or _has_function(e.ty):
            return None
        py = self.fresh("v")
        body = self.expr(fn.body, (*scope, (fn.params[0].name, py)))
        return f"[{body} for {py} in {self.expr(xs, scope)}]"


def closed_truth(law: Law, env: Env | None) -> bool:
    """Whether a closed law (no binders) holds, by the strict generated source alone (every
    node written here, nothing borrowed from the mirror): its hypotheses false, or its
    conclusion true. Raises ``Unsupported`` when a node is outside the strict fragment."""
    if law.binders:
        raise Unsupported("a statement with variables is not closed")
    gen = _Gen(env, strict=True)
    try:
        hyps = [gen.function(f"_h{i}", (), h) for i, (_, h) in enumerate(law.hypotheses)]
        concl = gen.function("_concl", (), law.conclusion)
        source = "\n".join(gen.lines) + "\n"
        if len(source) > MAX_SOURCE:
            raise Unsupported("a statement too large for the compiled evaluator")
        exec(compile(source, f"<jepa-formal closed {law.name}>", "exec"), gen.ns)
    except (RecursionError, SyntaxError, MemoryError, ValueError) as exc:
        raise Unsupported(f"the compiled evaluator cannot write this statement ({exc})") \
            from None
    frame: tuple[Any, ...] = ()
    if not all(gen.ns[h](frame) for h in hyps):
        return True
    return bool(gen.ns[concl](frame))


def _fdiv(a: float, b: float) -> float:
    """IEEE 754 division (Python raises on a zero divisor; IEEE gives ±∞ or NaN)."""
    if b != 0.0:
        return a / b
    if a != a or a == 0.0:
        return math.nan
    sign = math.copysign(1.0, a) * math.copysign(1.0, b)
    return math.inf if sign > 0 else -math.inf


def _fsum(xs: Any) -> float:
    """``List.sum`` at Float: a right fold from ``0``, ``x₁ + (x₂ + (… + 0))``."""
    acc = 0.0
    for x in reversed(tuple(xs)):
        acc = x + acc
    return acc


def _ediv(a: int, b: int) -> int:
    """``Int.ediv``: ``a / 0 = 0``; otherwise the quotient whose remainder is ``≥ 0``."""
    if b == 0:
        return 0
    r = a % abs(b)  # Python's % by a positive number is ≥ 0
    return (a - r) // b


def _emod(a: int, b: int) -> int:
    """``Int.emod``: ``a % 0 = a``; otherwise ``0 ≤ a % b < |b|``."""
    return a if b == 0 else a % abs(b)


def _beq_scalar(ty: Ty) -> bool:
    """Element types whose ``BEq`` is Python ``==`` on a single value (IEEE at Float)."""
    return isinstance(ty, (TNat, TInt, TRat, TReal, TFin, TBool, TFloat))


def _sizes_in(ty: Any) -> Iterator[Expr]:
    """The size expressions of the ``Fin`` types inside ``ty`` (``List (Fin (K + 1))``:
    ``K + 1``): a parameter that only sizes a ``Fin`` is still read by the body."""
    if isinstance(ty, TFin):
        if isinstance(ty.n, Expr) and not isinstance(ty.n, Lit):
            yield ty.n
        return
    for part in ("elem", "dom", "cod", "fst", "snd"):
        inner = getattr(ty, part, None)
        if inner is not None:
            yield from _sizes_in(inner)


def _uses(body: Expr, params: tuple[str, ...]) -> dict[str, tuple[int, bool]] | None:
    """Per variable name: its occurrences in ``body`` and whether one is under a binder
    (``fun``, ``let``, a quantifier or big operator: evaluated more than once, or lazily);
    None when the body rebinds one of ``params`` (shadowing: not inlined)."""
    out: dict[str, tuple[int, bool]] = {}
    bound: set[str] = set()

    def walk(e: Expr, under: bool) -> None:
        for size in _sizes_in(getattr(e, "ty", None)):
            walk(size, True)  # `Fin K` in a type: the wrap-around reads K when it runs
        if isinstance(e, Var):
            count, was = out.get(e.name, (0, False))
            out[e.name] = (count + 1, was or under)
            return
        binder = isinstance(e, (Lam, Let, Quant, BigOp))
        if isinstance(e, Lam):
            bound.update(p.name for p in e.params)
        elif isinstance(e, (Let, Quant, BigOp)):
            bound.add(e.var.name)
        for child in children(e):
            if binder and isinstance(child, Var) and child.name in bound and child in (
                getattr(e, "var", None), *getattr(e, "params", ())
            ):
                continue
            walk(child, under or binder)

    walk(body, False)
    return None if bound & set(params) else out


def _eq_safe(ty: Ty) -> bool:
    if isinstance(ty, (TList, TArray)):
        return _eq_safe(ty.elem)
    return isinstance(ty, _EQ_SAFE)


def _has_function(ty: Ty) -> bool:
    if isinstance(ty, TFun):
        return True
    if isinstance(ty, (TList, TArray)):
        return _has_function(ty.elem)
    return not isinstance(ty, (*_EXACT, TFin, TBool, TProp, TVar, TFloat, TSort))
