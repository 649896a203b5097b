"""The lark Transformer from parse trees of grammar.lark to the frozen AST of syntax.py.

Why one class with one method per rule/alias: every shape lark can produce has exactly one
place where it becomes an AST node, and ``__default__`` raises, so a rule without a method is
a loud bug instead of a ``Tree`` leaking out. Declaration rules return small ``Head`` records
that ``decls.py`` completes with names, namespaces and docstrings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lark import Token, Transformer

from jepa_formal.reader import syntax
from jepa_formal.reader.names import unquote
from jepa_formal.reader.numerals import parse_decimal
from jepa_formal.reader.operators import (
    MAX_CHAIN,
    Climber,
    Op,
    PipeProj,
    Prefix,
    binder_names,
    flat_app,
)

ASCII_OPS = {
    "<->": "↔", "->": "→", "\\/": "∨", "/\\": "∧", "<=": "≤", ">=": "≥",
    "forall": "∀", "exists": "∃",
}


_FIELD_MODIFIERS = frozenset({"protected", "private"})
"""Words Lean reads before a structure field's name as its modifiers (they are keywords, never
field names)."""


class BadSyntax(Exception):
    """A shape the grammar accepts but Lean does not mean (e.g. ``fun 3 => …``)."""

    def __init__(self, message: str, line: int, column: int,
                 expected: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.expected = expected


@dataclass(slots=True)
class Head:
    """What the grammar found in one declaration (before names and scopes are applied)."""

    kind: str
    name: str | None = None
    binders: tuple[syntax.Binder, ...] = ()
    type: syntax.Term | None = None
    value: tuple[str, Any] | None = None
    where: tuple[Head, ...] = ()
    extends: tuple[syntax.Term, ...] = ()
    ctor: str | None = None
    fields: tuple[syntax.StructField, ...] = ()
    span: syntax.Span | None = field(default=None)


def contains_cdot(term: object) -> bool:
    """Whether ``term`` has a ``·`` placeholder not already captured by an inner ``(· …)``."""
    if isinstance(term, syntax.CDot):
        return True
    if isinstance(term, syntax.CDotFun) or not isinstance(
        term, syntax.Term | syntax.Binder | syntax.MatchAlt | syntax.FieldAssign
    ):
        return False
    for name in type(term).__slots__:
        if name == "span":
            continue
        value = getattr(term, name)
        if isinstance(value, tuple):
            if any(contains_cdot(item) for item in value):
                return True
        elif contains_cdot(value):
            return True
    return False


def _level(text: str) -> str:
    """A universe argument list ``.{u}`` as the level ``u`` (other tokens unchanged)."""
    return text[2:-1].strip() if text.startswith(".{") else text


def _items(children: list[Any]) -> tuple[Any, ...]:
    return tuple(c for c in children if c is not None and not isinstance(c, Token))


class Builder(Transformer):
    """Turns one parse tree into AST nodes; see the module docstring."""

    def __init__(
        self,
        path: str,
        line_offset: int,
        tactics: dict[tuple[int, int], str] | None = None,
        docs: dict[tuple[int, int], str] | None = None,
    ) -> None:
        super().__init__(visit_tokens=False)
        self.path = path
        self.line_offset = line_offset
        self.tactics = tactics or {}
        self.docs = docs or {}

    # ------------------------------------------------------------------ plumbing

    def __default__(self, data: Any, children: Any, meta: Any) -> Any:
        raise NotImplementedError(f"reader bug: no transformer method for rule {data!r}")

    def _call_userfunc(self, tree: Any, new_children: Any = None) -> Any:
        # Every method takes (meta, children). Calling it directly is what ``v_args(meta=True)``
        # does, without building a wrapper per call (a third of the transform time).
        children = tree.children if new_children is None else new_children
        method = getattr(self, tree.data, None)
        if method is None:
            return self.__default__(tree.data, children, tree.meta)
        return method(tree.meta, children)

    def _span(self, meta: Any) -> syntax.Span | None:
        if getattr(meta, "empty", True):
            return None
        off = self.line_offset
        return syntax.Span(self.path, meta.line + off, meta.column, meta.end_line + off,
                        meta.end_column)

    def _tok_span(self, tok: Token) -> syntax.Span:
        off = self.line_offset
        return syntax.Span(self.path, tok.line + off, tok.column, tok.end_line + off,  # type: ignore[operator]
                        tok.end_column)  # type: ignore[arg-type]

    def _bad(self, message: str, span: syntax.Span | None, expected: tuple[str, ...]) -> BadSyntax:
        if span is None:
            return BadSyntax(message, self.line_offset + 1, 1, expected)
        return BadSyntax(message, span.line, span.column, expected)

    # ------------------------------------------------------------------ atoms

    def ident(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.Ident(unquote(str(c[0])), span=self._span(meta))

    def dot_ident(self, meta: Any, c: list[Any]) -> syntax.Term:
        """``.scalar``: a constructor of the expected type, kept as the name ``.scalar``."""
        return syntax.Ident("." + unquote(str(c[0])[1:]), span=self._span(meta))

    def explicit_ident(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.Ident(unquote(str(c[0])), explicit=True, span=self._span(meta))

    def nat(self, meta: Any, c: list[Any]) -> syntax.Term:
        text = str(c[0])
        value = int(text, 0) if text[:2] in ("0x", "0b") else parse_decimal(text)
        return syntax.NatLit(value, span=self._span(meta))

    def decimal(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.DecimalLit(str(c[0]), span=self._span(meta))

    def string(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.StrLit(_decode_string(str(c[0])), span=self._span(meta))

    def char(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.CharLit(_decode_string(str(c[0])), span=self._span(meta))

    def empty_collection(self, meta: Any, c: list[Any]) -> syntax.Term:
        """``∅`` is ``EmptyCollection.emptyCollection``: its meaning comes from its type."""
        return syntax.Ident(syntax.EMPTY, span=self._span(meta))

    def _rounding(self, name: str, meta: Any, c: list[Any]) -> syntax.Term:
        span = self._span(meta)
        return syntax.App(syntax.Ident(name, span=span), (c[0],), span=span)

    def int_floor(self, meta: Any, c: list[Any]) -> syntax.Term:
        """Mathlib's ``⌊a⌋`` is ``Int.floor a`` (``⌈a⌉`` ``Int.ceil``, ``⌊a⌋₊`` ``Nat.floor``)."""
        return self._rounding("Int.floor", meta, c)

    def int_ceil(self, meta: Any, c: list[Any]) -> syntax.Term:
        return self._rounding("Int.ceil", meta, c)

    def nat_floor(self, meta: Any, c: list[Any]) -> syntax.Term:
        return self._rounding("Nat.floor", meta, c)

    def nat_ceil(self, meta: Any, c: list[Any]) -> syntax.Term:
        return self._rounding("Nat.ceil", meta, c)

    def sort(self, meta: Any, c: list[Any]) -> syntax.Term:
        # `Sort.{u}` is `Sort u`: the universe written as an explicit level argument
        text = " ".join(_level(str(x)) for x in c if x is not None)
        return syntax.Sort(text, span=self._span(meta))

    def hole(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.Hole(span=self._span(meta))

    def cdot(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.CDot(span=self._span(meta))  # `·`, or its ASCII spelling `.`

    def ellipsis(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.EllipsisArg(span=self._span(meta))

    def struct_ellipsis(self, meta: Any, c: list[Any]) -> bool:
        return True

    def unit(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.Tuple((), span=self._span(meta))

    def _cdot_scope(self, term: syntax.Term, meta: Any) -> syntax.Term:
        return syntax.CDotFun(term, span=self._span(meta)) if contains_cdot(term) else term

    def paren(self, meta: Any, c: list[Any]) -> syntax.Term:
        return self._cdot_scope(c[0], meta)

    def ascription(self, meta: Any, c: list[Any]) -> syntax.Term:
        return self._cdot_scope(syntax.Ascription(c[0], c[1], span=self._span(meta)), meta)

    def tuple(self, meta: Any, c: list[Any]) -> syntax.Term:
        return self._cdot_scope(syntax.Tuple(_items(c), span=self._span(meta)), meta)

    def anon_ctor(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.AnonCtor(_items(c), span=self._span(meta))

    def list_lit(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.ListLit(_items(c), span=self._span(meta))

    def array_lit(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.ArrayLit(_items(c), span=self._span(meta))

    def struct_inst(self, meta: Any, c: list[Any]) -> syntax.Term:
        base, fields, ellipsis, typ = c
        fields = list(fields or ())
        if fields and not ellipsis:  # `{ x := 1 .. }` was read as the application `1 ..`
            last = fields[-1]
            if isinstance(last.value, syntax.App) and isinstance(last.value.args[-1],
                                                                  syntax.EllipsisArg):
                args = last.value.args[:-1]
                value = syntax.App(last.value.fn, args, span=last.value.span) if args \
                    else last.value.fn
                fields[-1] = syntax.FieldAssign(last.name, value, span=last.span)
                ellipsis = True
        return syntax.StructInst(tuple(fields), base=base, type=typ, ellipsis=bool(ellipsis),
                                 span=self._span(meta))

    def subtype(self, meta: Any, c: list[Any]) -> syntax.Term:
        """``{x : T // p}`` is ``Subtype (fun x : T => p)``, as in Lean."""
        span = self._span(meta)
        binder = syntax.Binder((unquote(str(c[0])),), c[1], span=span)
        return syntax.App(syntax.Ident("Subtype", span=span),
                          (syntax.Lambda((binder,), c[2], span=span),), span=span)

    def set_builder_typed(self, meta: Any, c: list[Any]) -> syntax.Term:
        """``{x : T | p}`` is ``setOf (fun x : T => p)``."""
        span = self._span(meta)
        binder = syntax.Binder((unquote(str(c[0])),), c[1], span=span)
        return syntax.App(syntax.Ident("setOf", span=span),
                          (syntax.Lambda((binder,), c[3], span=span),), span=span)

    def set_lit(self, meta: Any, c: list[Any]) -> syntax.Term:
        """``{a, b, c}`` is ``insert a (insert b (singleton c))``, as Lean's notation unfolds
        (``Insert.insert``/``Singleton.singleton``: a ``Finset`` or a ``Set`` by its type)."""
        span = self._span(meta)
        out: syntax.Term = syntax.App(syntax.Ident(syntax.SINGLETON, span=span), (c[-1],),
                                      span=span)
        for elem in reversed(c[:-1]):
            out = syntax.App(syntax.Ident(syntax.INSERT, span=span), (elem, out), span=span)
        return out

    def set_builder(self, meta: Any, c: list[Any]) -> syntax.Term:
        """``{x | p}`` is ``setOf (fun x => p)``; ``{x ∈ s | p}`` is ``{x | x ∈ s ∧ p}``."""
        span = self._span(meta)
        head, body = c[0], c[2]
        if isinstance(head, syntax.BinOp) and head.op == "∈" and isinstance(head.lhs, syntax.Ident):
            body = syntax.BinOp("∧", head, body, span=span)
            head = head.lhs
        if not isinstance(head, syntax.Ident) or "." in head.name:
            raise self._bad("set-builder notation needs a variable before `|`", span,
                            ("identifier",))
        binder = syntax.Binder((head.name,), None, span=span)
        return syntax.App(syntax.Ident("setOf", span=span),
                          (syntax.Lambda((binder,), body, span=span),), span=span)

    def struct_base(self, meta: Any, c: list[Any]) -> syntax.Term:
        return c[0]

    def field_list(self, meta: Any, c: list[Any]) -> list[syntax.FieldAssign]:
        return [x for x in c if isinstance(x, syntax.FieldAssign)]

    def field_assign(self, meta: Any, c: list[Any]) -> syntax.FieldAssign:
        return syntax.FieldAssign(unquote(str(c[0])), c[1], span=self._span(meta))

    def where_fields(self, meta: Any, c: list[Any]) -> list[syntax.FieldAssign]:
        return list(c)

    def where_field(self, meta: Any, c: list[Any]) -> syntax.FieldAssign:
        name, *params, value = c
        if params:  # `f x y := e` defines a function field
            head = params[0] if len(params) == 1 else syntax.App(params[0], tuple(params[1:]))
            value = syntax.Lambda(self._term_binders(head, None), value, span=value.span)
        return syntax.FieldAssign(unquote(str(name)), value, span=self._span(meta))

    def abs(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.UnOp("abs", c[1], span=self._span(meta))

    def norm(self, meta: Any, c: list[Any]) -> syntax.Term:
        # `‖x‖` is Mathlib's `norm x` (read so the declaration is kept; the mirror names it)
        span = self._span(meta)
        return flat_app(syntax.Ident("norm", span=span), (c[1],), span)

    def inner(self, meta: Any, c: list[Any]) -> syntax.Term:
        # `⟪x, y⟫` / `⟪x, y⟫_ℝ` is Mathlib's `inner x y`
        span = self._span(meta)
        return flat_app(syntax.Ident("inner", span=span), (c[0], c[1]), span)

    def card(self, meta: Any, c: list[Any]) -> syntax.Term:
        span = self._span(meta)
        return syntax.App(syntax.Ident(syntax.CARD, span=span), (c[0],), span=span)

    def coe(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.UnOp("↑", c[0], span=self._span(meta))

    def inv(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.UnOp("⁻¹", c[0], span=self._span(meta))

    def factorial(self, meta: Any, c: list[Any]) -> syntax.Term:
        """``n !``: Mathlib's ``notation:10000 n "!" => Nat.factorial n`` (tighter than
        application: ``f n !`` is ``f (n !)``); ``n!`` without the space is one identifier,
        as in Lean."""
        span = self._span(meta)
        return syntax.App(syntax.Ident("Nat.factorial", span=span), (c[0],), span=span)

    def bigop_typed(self, meta: Any, c: list[Any]) -> tuple[syntax.Binder, None]:
        return syntax.Binder((unquote(str(c[0])),), c[1], span=self._span(meta)), None

    def bigop_domain(self, meta: Any, c: list[Any]) -> tuple[syntax.Binder, syntax.Term]:
        tok, domain = c
        return syntax.Binder((unquote(str(tok)),), span=self._tok_span(tok)), domain

    def bigop_pred(self, meta: Any, c: list[Any]) -> str:
        text = str(c[0])
        return ASCII_OPS.get(text, text)

    def bigop_pred_domain(self, meta: Any, c: list[Any]) -> tuple[syntax.Binder, syntax.Term]:
        """Mathlib's ``∑ i < n, f i`` is ``∑ i ∈ Finset.Iio n, f i`` (``≤``: ``Iic``, ``>``:
        ``Ioi``, ``≥``: ``Ici``, ``≠``: ``Finset.univ.erase n``)."""
        tok, pred, bound = c
        span = self._span(meta)
        if pred == "≠":
            domain: syntax.Term = syntax.App(syntax.Ident("Finset.erase", span=span),
                                             (syntax.Ident("Finset.univ", span=span), bound),
                                             span=span)
        else:
            name = {"<": "Finset.Iio", "≤": "Finset.Iic", ">": "Finset.Ioi",
                    "≥": "Finset.Ici"}[pred]
            domain = syntax.App(syntax.Ident(name, span=span), (bound,), span=span)
        return syntax.Binder((unquote(str(tok)),), span=self._tok_span(tok)), domain

    def proj(self, meta: Any, c: list[Any]) -> syntax.Term:
        obj, tok = c
        name = unquote(str(tok)[1:])
        if isinstance(obj, syntax.Ident) and not obj.explicit:
            return syntax.Ident(f"{obj.name}.{name}", span=self._span(meta))
        return syntax.Proj(obj, name, span=self._span(meta))

    def index(self, meta: Any, c: list[Any]) -> syntax.Term:
        obj, _bracket, idx, mode = c
        return syntax.Index(obj, idx, mode or "", span=self._span(meta))

    def index_proof(self, meta: Any, c: list[Any]) -> syntax.Term:
        # `xs[i]'h`: the bound proof `h` only matters to Lean's kernel; the value is `xs[i]`
        obj, _bracket, idx, _proof = c
        return syntax.Index(obj, idx, "", span=self._span(meta))

    def index_mode(self, meta: Any, c: list[Any]) -> str:
        return str(c[0])

    def app(self, meta: Any, c: list[Any]) -> syntax.Term:
        return flat_app(c[0], (c[1],), self._span(meta))  # type: ignore[arg-type]

    def named_arg(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.NamedArg(unquote(str(c[0])), c[1], span=self._span(meta))

    def tactic(self, meta: Any, c: list[Any]) -> syntax.Term:
        tok = c[0]
        text = self.tactics.get((tok.line + self.line_offset, tok.column), "")
        return syntax.Tactic(text, span=self._span(meta))

    # ------------------------------------------------------------------ operators

    def binop(self, meta: Any, c: list[Any]) -> Op:
        text = str(c[0])
        return Op(ASCII_OPS.get(text, text))

    def quant_kw(self, meta: Any, c: list[Any]) -> str:
        text = str(c[0])
        return ASCII_OPS.get(text, text)

    bound_op = quant_kw

    def prefix_not(self, meta: Any, c: list[Any]) -> Prefix:
        return Prefix("¬", 40, self._span(meta))

    def prefix_bnot(self, meta: Any, c: list[Any]) -> Prefix:
        return Prefix("!", 40, self._span(meta))

    def prefix_neg(self, meta: Any, c: list[Any]) -> Prefix:
        return Prefix("-", 75, self._span(meta))

    def prefix_sqrt(self, meta: Any, c: list[Any]) -> Prefix:
        # Mathlib: `prefix:100 "√" => Real.sqrt` (`√x * 2` is `(√x) * 2`, `√f x` is `√(f x)`)
        return Prefix("√", 100, self._span(meta))

    def prefix_bigop(self, meta: Any, c: list[Any]) -> Prefix:
        op, (binder, domain), cond = c
        span = self._span(meta)
        if cond is not None:
            # Mathlib's `∑ x ∈ s with p x, f x` is `∑ x ∈ s.filter (fun x => p x), f x`;
            # without `∈ s` the filter is of `Finset.univ` (the binder's type goes with `p`)
            name = binder.names[0]
            pred = syntax.Lambda((syntax.Binder((name,), binder.type, span=binder.span),),
                                 cond, span=cond.span)
            base = domain if domain is not None else syntax.Ident("Finset.univ", span=span)
            domain = syntax.App(syntax.Ident("Finset.filter", span=span), (pred, base),
                                span=span)
            binder = syntax.Binder((name,), span=binder.span)
        return Prefix(op, 67, span, binder, domain)

    def pipe_proj(self, meta: Any, c: list[Any]) -> PipeProj:
        tok, *args = c
        return PipeProj(unquote(str(tok)[1:]), tuple(args), self._span(meta))

    def opseq(self, meta: Any, c: list[Any]) -> syntax.Term:
        ops = sum(1 for item in c if isinstance(item, Op))
        if ops > MAX_CHAIN:
            span = self._span(meta)
            raise self._bad(f"too many operators in one expression ({ops}; at most {MAX_CHAIN})",
                            span, ("a shorter expression (name parts of it with `let`)",))
        climber = Climber(c, self._bad)
        term = climber.expression(0)
        if climber.pos != len(c):  # cannot happen: the grammar alternates operands and ops
            raise self._bad("could not order this expression", self._span(meta), ())
        return term

    def bigop_kw(self, meta: Any, c: list[Any]) -> str:
        return str(c[0])

    # ------------------------------------------------------------------ binders

    def binder_ids(self, meta: Any, c: list[Any]) -> tuple[str, ...]:
        return tuple(unquote(str(x)) for x in c)

    def explicit_binder(self, meta: Any, c: list[Any]) -> syntax.Binder:
        names, typ, default = c
        return syntax.Binder(names, typ, syntax.BinderKind.EXPLICIT, default, span=self._span(meta))

    def untyped_binder(self, meta: Any, c: list[Any]) -> syntax.Binder:
        return syntax.Binder(c[0], None, syntax.BinderKind.EXPLICIT, span=self._span(meta))

    def implicit_binder(self, meta: Any, c: list[Any]) -> syntax.Binder:
        return syntax.Binder(c[0], c[1], syntax.BinderKind.IMPLICIT, span=self._span(meta))

    def strict_binder(self, meta: Any, c: list[Any]) -> syntax.Binder:
        return syntax.Binder(c[0], c[1], syntax.BinderKind.STRICT, span=self._span(meta))

    def named_inst_binder(self, meta: Any, c: list[Any]) -> syntax.Binder:
        return syntax.Binder((unquote(str(c[0])),), c[1], syntax.BinderKind.INSTANCE,
                          span=self._span(meta))

    def inst_binder(self, meta: Any, c: list[Any]) -> syntax.Binder:
        return syntax.Binder((), c[0], syntax.BinderKind.INSTANCE, span=self._span(meta))

    def _term_binders(self, term: syntax.Term,
                      typ: syntax.Term | None) -> tuple[syntax.Binder, ...]:
        """``fun``/``let f`` parameters were parsed as an application; read them back."""
        items = (term.fn, *term.args) if isinstance(term, syntax.App) else (term,)
        if typ is not None:
            names = binder_names(term)
            if names is None:
                raise self._bad("expected parameter names before `:`", term.span,
                                ("identifier",))
            return (syntax.Binder(names, typ, span=term.span),)
        out = []
        for item in items:
            names = binder_names(item)
            if names is not None:
                out.append(syntax.Binder(names, span=item.span))
            elif isinstance(item, syntax.Ascription) and binder_names(item.term) is not None:
                out.append(syntax.Binder(binder_names(item.term) or (), item.type,
                                      span=item.span))
            elif isinstance(item, syntax.AnonCtor | syntax.Tuple):
                out.append(syntax.Binder((), pattern=item, span=item.span))
            else:
                raise self._bad("this is not a parameter", item.span,
                                ("a name", "`(x : T)`", "a pattern `⟨a, b⟩`"))
        return tuple(out)

    # ------------------------------------------------------------------ leading terms

    def fun_term(self, meta: Any, c: list[Any]) -> syntax.Term:
        params, typ, body = c
        return syntax.Lambda(self._term_binders(params, typ), body, span=self._span(meta))

    def fun_alts(self, meta: Any, c: list[Any]) -> syntax.Term:
        """``fun | p => a | q => b`` is ``fun x => match x with | p => a | q => b``."""
        alts = tuple(x for x in c if isinstance(x, syntax.MatchAlt))
        span = self._span(meta)
        names = tuple(f"x✝{i + 1}" for i in range(len(alts[0].patterns)))
        scrutinees = tuple(syntax.Ident(n, span=span) for n in names)
        return syntax.Lambda((syntax.Binder(names, span=span),),
                             syntax.Match(scrutinees, alts, span=span), span=span)

    def quant(self, meta: Any, c: list[Any]) -> syntax.Term:
        kind, (binders, bound), body = c
        return syntax.Quant(kind, binders, body, bound=bound, span=self._span(meta))

    def qb_plain(self, meta: Any, c: list[Any]) -> tuple[tuple[syntax.Binder, ...], None]:
        return (syntax.Binder(c[0], c[1], span=self._span(meta)),), None

    def qb_bound(self, meta: Any, c: list[Any]) -> tuple[tuple[syntax.Binder, ...], Any]:
        names, op, dom = c
        return (syntax.Binder(names, span=self._span(meta)),), (op, dom)

    def qb_brackets(self, meta: Any, c: list[Any]) -> tuple[tuple[syntax.Binder, ...], None]:
        return tuple(c), None

    def let_term(self, meta: Any, c: list[Any]) -> syntax.Term:
        # `have h : P := e; b` is read as `let h : P := e; b` (the proof is a value like any)
        lhs, typ, value, body = c
        span = self._span(meta)
        if isinstance(lhs, syntax.App) and isinstance(lhs.fn, syntax.Ident) and "." not in (
            lhs.fn.name
        ):  # `let f x := e` defines a function
            binders = self._term_binders(syntax.App(lhs.args[0], lhs.args[1:], span=lhs.span)
                                         if len(lhs.args) > 1 else lhs.args[0], None)
            inner = value if typ is None else syntax.Ascription(value, typ, span=value.span)
            fn = syntax.Lambda(binders, inner, span=value.span)
            return syntax.Let(syntax.Ident(lhs.fn.name, span=lhs.fn.span), fn, body, span=span)
        if not isinstance(lhs, syntax.Ident | syntax.Tuple | syntax.AnonCtor | syntax.Hole) or (
            isinstance(lhs, syntax.Ident) and lhs.explicit
        ):
            raise self._bad("this cannot be bound by `let`", lhs.span,
                            ("a name", "a pattern `(a, b)`", "`f x` (a local function)"))
        return syntax.Let(lhs, value, body, type=typ, span=span)

    def if_term(self, meta: Any, c: list[Any]) -> syntax.Term:
        hyp, cond, then, orelse = c
        return syntax.If(cond, then, orelse, hyp=None if hyp is None else str(hyp),
                      span=self._span(meta))

    def if_let(self, meta: Any, c: list[Any]) -> syntax.Term:
        """``if let p := e then a else b`` is ``match e with | p => a | _ => b``."""
        *heads, value, then, orelse = c
        span = self._span(meta)
        pattern = heads[-1]
        for head in reversed(heads[:-1]):  # `if let x :: xs := l`: `::` is right-assoc
            pattern = syntax.BinOp("::", head, pattern, span=span)
        return syntax.Match((value,), (syntax.MatchAlt((pattern,), then, span=then.span),
                                       syntax.MatchAlt((syntax.Hole(span=span),), orelse,
                                                       span=orelse.span)), span=span)

    def bif_term(self, meta: Any, c: list[Any]) -> syntax.Term:
        # `bif b then x else y` is `cond b x y`: an `if` on a Bool
        cond, then, orelse = c
        return syntax.If(cond, then, orelse, span=self._span(meta))

    def neg_succ(self, meta: Any, c: list[Any]) -> syntax.Term:
        # `-[n+1]` is `Int.negSucc n`
        span = self._span(meta)
        return syntax.App(syntax.Ident("Int.negSucc", span=span), (c[0],), span=span)

    def match_term(self, meta: Any, c: list[Any]) -> syntax.Term:
        alts = tuple(x for x in c if isinstance(x, syntax.MatchAlt))
        scrutinees = tuple(x for x in c if isinstance(x, syntax.Term))
        return syntax.Match(scrutinees, alts, span=self._span(meta))

    def match_alt(self, meta: Any, c: list[Any]) -> syntax.MatchAlt:
        terms = _items(c)
        return syntax.MatchAlt(terms[:-1], terms[-1], span=self._span(meta))

    def show_from(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.Show(c[0], c[1], span=self._span(meta))

    def show_by(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.Show(c[0], None, span=self._span(meta))

    def show_bare(self, meta: Any, c: list[Any]) -> syntax.Term:
        return syntax.Show(c[0], None, span=self._span(meta))

    # ------------------------------------------------------------------ declarations

    def theorem_decl(self, meta: Any, c: list[Any]) -> Head:
        binders = tuple(x for x in c if isinstance(x, syntax.Binder))
        return Head("theorem", unquote(str(c[0])), binders, c[-1], span=self._span(meta))

    def example_decl(self, meta: Any, c: list[Any]) -> Head:
        binders = tuple(x for x in c if isinstance(x, syntax.Binder))
        return Head("example", None, binders, c[-1], span=self._span(meta))

    def def_decl(self, meta: Any, c: list[Any]) -> Head:
        binders = tuple(x for x in c if isinstance(x, syntax.Binder))
        typ, value, where = c[-3], c[-2], c[-1]
        return Head("def", unquote(str(c[0])), binders, typ, value, tuple(where or ()),
                    span=self._span(meta))

    def where_decls(self, meta: Any, c: list[Any]) -> list[Head]:
        return list(c)

    def where_decl(self, meta: Any, c: list[Any]) -> Head:
        binders = tuple(x for x in c if isinstance(x, syntax.Binder))
        return Head("def", unquote(str(c[0])), binders, c[-2], c[-1], span=self._span(meta))

    def value_term(self, meta: Any, c: list[Any]) -> tuple[str, Any]:
        return "term", c[0]

    def value_alts(self, meta: Any, c: list[Any]) -> tuple[str, Any]:
        return "alts", tuple(c)

    def value_fields(self, meta: Any, c: list[Any]) -> tuple[str, Any]:
        return "fields", tuple(c[0])

    def instance_decl(self, meta: Any, c: list[Any]) -> Head:
        name = None if c[1] is None else unquote(str(c[1]))
        binders = tuple(x for x in c if isinstance(x, syntax.Binder))
        return Head("instance", name, binders, c[-2], c[-1], span=self._span(meta))

    def inst_prio(self, meta: Any, c: list[Any]) -> None:
        return None

    def structure_decl(self, meta: Any, c: list[Any]) -> Head:
        binders = tuple(x for x in c if isinstance(x, syntax.Binder))
        extends, typ, body = c[-3], c[-2], c[-1]
        ctor, fields = body if body is not None else (None, ())
        return Head("structure", unquote(str(c[0])), binders, typ, extends=tuple(extends or ()),
                    ctor=ctor, fields=tuple(fields), span=self._span(meta))

    def extends_clause(self, meta: Any, c: list[Any]) -> list[syntax.Term]:
        return list(c)

    def structure_body(self, meta: Any, c: list[Any]) -> tuple[str | None, list[Any]]:
        return c[0], c[1] or []

    def ctor(self, meta: Any, c: list[Any]) -> str:
        return unquote(str(c[0]))

    def struct_fields(self, meta: Any, c: list[Any]) -> list[syntax.StructField]:
        return [f for group in c for f in group]

    def struct_field(self, meta: Any, c: list[Any]) -> list[syntax.StructField]:
        names = list(c[0])
        while names and names[0] in _FIELD_MODIFIERS and len(names) > 1:
            names.pop(0)  # `protected x : ℕ`: a modifier of the field, not a field
        binders = tuple(x for x in c if isinstance(x, syntax.Binder))
        typ, default = c[-2], c[-1]
        span = self._span(meta)
        doc = self.docs.get((span.line, span.column)) if span is not None else None
        return [syntax.StructField(n, typ, default, doc, binders, span=span) for n in names]

    def struct_field_untyped(self, meta: Any, c: list[Any]) -> list[syntax.StructField]:
        """``u := ()``: a default without a type, overriding an inherited field's default
        (``structure B extends A where u := ()``) or giving a new field its default's type."""
        return self.struct_field(meta, [*c[:-1], None, c[-1]])

    def variable_decl(self, meta: Any, c: list[Any]) -> Head:
        return Head("variable", None, tuple(c), span=self._span(meta))


_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'", "r": "\r", "0": "\0"}


def _decode_string(literal: str) -> str:
    body = literal[1:-1]
    if "\\" not in body:
        return body
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\" or i + 1 >= len(body):
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1]
        if nxt == "x":
            out.append(chr(int(body[i + 2 : i + 4], 16)))
            i += 4
        elif nxt == "u" and body[i + 2 : i + 3] == "{":
            end = body.index("}", i)
            out.append(chr(int(body[i + 3 : end], 16)))
            i = end + 1
        elif nxt == "u":
            out.append(chr(int(body[i + 2 : i + 6], 16)))
            i += 6
        elif nxt == "\n":  # line continuation: skip the newline and the next indentation
            i += 2
            while i < len(body) and body[i] in " \t":
                i += 1
        else:
            out.append(_ESCAPES.get(nxt, nxt))
            i += 2
    return "".join(out)
