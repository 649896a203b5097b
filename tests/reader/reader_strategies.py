"""Hypothesis strategies for well-formed, canonical reader ASTs (terms and declarations).

Canonical means: the shape the parser itself produces, so that ``parse(print(t)) == t`` is
the property to test. The few shapes the parser normalises are avoided on purpose:
``App`` never has an ``App`` head (``f a b`` is one application), ``Proj`` is never taken on
a plain name (``xs.sum`` is ``Ident("xs.sum")``), ``(x : α) → β`` is a ``Quant`` (so no
ascription of a name on the left of ``→``), ``·`` only appears directly under ``(· …)``, and
``|x|`` is kept out of ``match`` alternatives (where a bar starts the next alternative).
"""

from __future__ import annotations

from hypothesis import strategies as st

from jepa_formal.reader import syntax
from jepa_formal.reader import syntax as A  # short alias for the long builders

NAMES = ["x", "y", "xs", "ys", "f", "g", "n", "d", "target₁", "x'", "γ", "hγ", "α", "idxs",
         "acc", "at", "weird name"]
DOTTED = ["xs.length", "List.sum", "Nat.succ", "p.1", "List.replicate", "Finset.univ.sum"]
OPS = list(syntax.BINARY_OPERATORS)
SORTS = ["Type", "Prop", "Type*", "Type u", "Sort u", "Sort*"]

plain_names = st.sampled_from(NAMES)
binder_names = st.sampled_from([n for n in NAMES if " " not in n] + ["_"])
field_names = st.sampled_from(["x", "y", "sum", "length", "targetIdxs", "guard"])


def _ident() -> st.SearchStrategy[syntax.Term]:
    return st.builds(syntax.Ident, st.sampled_from(NAMES + DOTTED))


leaves: st.SearchStrategy[syntax.Term] = st.one_of(
    _ident(),
    st.builds(syntax.Ident, st.sampled_from(DOTTED), st.just(True)),
    st.builds(syntax.NatLit, st.integers(0, 10_000)),
    st.builds(syntax.DecimalLit, st.sampled_from(["2.5", "0.125", "1e-3", "3.0e2"])),
    st.builds(syntax.StrLit, st.text(st.sampled_from('ab "\\\nλ→'), max_size=6)),
    st.builds(syntax.CharLit, st.sampled_from([*"a'\\\n\tλ→\"(|", "\x01"])),
    st.builds(syntax.Ident, st.just(syntax.EMPTY)),
    st.builds(syntax.Sort, st.sampled_from(SORTS)),
    st.builds(syntax.Hole),
    st.builds(syntax.ListLit, st.just(())),
    st.builds(syntax.ArrayLit, st.just(())),
    st.builds(syntax.Tuple, st.just(())),
    st.builds(syntax.AnonCtor, st.just(())),
    st.builds(syntax.Tactic, st.sampled_from(["simp", "simp [foo, bar]", "omega", "decide"])),
)

simple_atoms: st.SearchStrategy[syntax.Term] = st.one_of(
    st.builds(syntax.Ident, plain_names), st.builds(syntax.NatLit, st.integers(0, 99))
)

cdot_funs = st.one_of(
    st.builds(lambda op, a: syntax.CDotFun(syntax.BinOp(op, syntax.CDot(), a)),
              st.sampled_from(["+", "*", "-", "=", "::"]), simple_atoms),
    st.builds(lambda op, a: syntax.CDotFun(syntax.BinOp(op, a, syntax.CDot())),
              st.sampled_from(["+", "/", "≤"]), simple_atoms),
    st.builds(lambda f, a: A.CDotFun(A.App(A.Ident(f), (A.CDot(), a))), plain_names,
              simple_atoms),
    st.builds(lambda f: A.CDotFun(A.Proj(A.CDot(), f)), st.sampled_from(["1", "sum"])),
)

patterns = st.one_of(
    st.builds(syntax.Ident, plain_names),
    st.builds(syntax.Hole),
    st.builds(syntax.NatLit, st.integers(0, 9)),
    st.builds(syntax.ListLit, st.just(())),
    st.builds(lambda a, b: syntax.BinOp("::", syntax.Ident(a), syntax.Ident(b)), plain_names,
              plain_names),
    st.builds(lambda a, b: A.Tuple((A.Ident(a), A.Ident(b))), plain_names, plain_names),
)
let_patterns = st.one_of(
    st.builds(syntax.Ident, st.sampled_from([n for n in NAMES if " " not in n])),
    st.builds(lambda a, b: A.Tuple((A.Ident(a), A.Hole() if b == "_" else A.Ident(b))),
              plain_names, binder_names),
    st.builds(lambda a, b: syntax.AnonCtor((syntax.Ident(a), syntax.Ident(b))), plain_names,
              plain_names),
)


def has_abs(node: object) -> bool:
    """Whether ``node`` contains ``|x|`` anywhere."""
    if isinstance(node, syntax.UnOp) and node.op == "abs":
        return True
    if isinstance(node, tuple):
        return any(has_abs(x) for x in node)
    if isinstance(node, syntax.Term | syntax.Binder | syntax.MatchAlt | syntax.FieldAssign):
        return any(has_abs(getattr(node, s)) for s in type(node).__slots__ if s != "span")
    return False


def _binop(op: str, lhs: syntax.Term, rhs: syntax.Term) -> syntax.Term:
    if op == "→" and isinstance(lhs, syntax.Ascription):
        op = "∧"  # `(x : α) → β` would read back as a dependent arrow (a Quant)
    return syntax.BinOp(op, lhs, rhs)


def _app(fn: syntax.Term, args: list[syntax.Term]) -> syntax.Term:
    return syntax.App(fn, tuple(args))


def _proj(obj: syntax.Term, name: str) -> syntax.Term:
    if isinstance(obj, syntax.Ident) and not obj.explicit:
        obj = syntax.App(obj, (syntax.NatLit(1),))
    return syntax.Proj(obj, name)


def _extend(terms: st.SearchStrategy[syntax.Term]) -> st.SearchStrategy[syntax.Term]:
    small = terms
    typed_binder = st.builds(lambda ns, t: syntax.Binder(tuple(ns), t),
                             st.lists(binder_names, min_size=1, max_size=2), small)
    fun_binder = st.one_of(
        st.builds(lambda n: syntax.Binder((n,)), binder_names),
        typed_binder,
        st.builds(lambda p: syntax.Binder((), pattern=p),
                  st.builds(lambda a, b: syntax.AnonCtor((syntax.Ident(a), syntax.Ident(b))),
                            plain_names, plain_names)),
    )
    bracket_binder = st.one_of(
        typed_binder,
        st.builds(lambda ns, t, k: syntax.Binder(tuple(ns), t, k),
                  st.lists(binder_names, min_size=1, max_size=2), st.none() | small,
                  st.sampled_from([syntax.BinderKind.IMPLICIT, syntax.BinderKind.STRICT])),
        st.builds(lambda t: syntax.Binder((), t, syntax.BinderKind.INSTANCE), small),
    )
    quant_binders = st.one_of(
        st.builds(lambda ns, t: ((syntax.Binder(tuple(ns), t),), None),
                  st.lists(binder_names, min_size=1, max_size=2), st.none() | small),
        st.builds(lambda n, op, dom: ((syntax.Binder((n,)),), (op, dom)), binder_names,
                  st.sampled_from(["∈", "∉", "<", "≤", ">", "≥", "≠"]), small),
        st.lists(bracket_binder, min_size=2, max_size=3).map(lambda bs: (tuple(bs), None)),
    )
    alts = st.lists(
        st.builds(lambda ps, rhs: syntax.MatchAlt(tuple(ps), rhs),
                  st.lists(patterns, min_size=1, max_size=2), small.filter(
                      lambda t: not has_abs(t))),
        min_size=1, max_size=3,
    )
    args = st.lists(st.one_of(small, st.builds(syntax.NamedArg, plain_names, small)), min_size=1,
                    max_size=3)
    heads = st.one_of(_ident(), st.builds(syntax.Ident, st.sampled_from(DOTTED), st.just(True)),
                      cdot_funs)
    return st.one_of(
        st.builds(_binop, st.sampled_from(OPS), small, small),
        st.builds(_app, heads, args),
        st.builds(_proj, small, field_names | st.sampled_from(["1", "2"])),
        st.builds(syntax.Index, small, small, st.sampled_from(["!", "?", ""])),
        st.builds(syntax.UnOp, st.sampled_from(["¬", "-", "!", "↑", "⁻¹", "abs"]), small),
        st.builds(lambda bs, body: syntax.Lambda(tuple(bs), body),
                  st.lists(fun_binder, min_size=1, max_size=3), small),
        st.builds(lambda k, qb, body: syntax.Quant(k, qb[0], body, bound=qb[1]),
                  st.sampled_from(["∀", "∃"]), quant_binders, small),
        st.builds(lambda op, n, t, body: syntax.BigOp(op, syntax.Binder((n,), t), body),
                  st.sampled_from(["∑", "∏"]), binder_names, st.none() | small, small),
        st.builds(lambda op, n, dom, body: syntax.BigOp(op, syntax.Binder((n,)), body, domain=dom),
                  st.sampled_from(["∑", "∏"]), binder_names, small, small),
        st.builds(syntax.If, small, small, small, st.none() | st.just("h")),
        st.builds(lambda p, v, b, t: syntax.Let(p, v, b, type=t if isinstance(p, syntax.Ident)
                                             else None),
                  let_patterns, small, small, st.none() | small),
        st.builds(lambda scr, a: syntax.Match(tuple(scr), tuple(a)),
                  st.lists(simple_atoms, min_size=1, max_size=2), alts),
        st.builds(lambda es: syntax.ListLit(tuple(es)), st.lists(small, min_size=1, max_size=3)),
        st.builds(lambda es: syntax.ArrayLit(tuple(es)), st.lists(small, min_size=1, max_size=3)),
        st.builds(lambda es: syntax.Tuple(tuple(es)), st.lists(small, min_size=2, max_size=3)),
        st.builds(lambda es: syntax.AnonCtor(tuple(es)), st.lists(small, min_size=1, max_size=3)),
        st.builds(lambda fs, base, t: syntax.StructInst(tuple(fs), base, t),
                  st.lists(st.builds(syntax.FieldAssign, field_names, small), max_size=3),
                  st.none() | simple_atoms, st.none() | small),
        st.builds(syntax.Ascription, small, small),
        st.builds(lambda a: syntax.App(syntax.Ident(syntax.CARD), (a,)), small),
        st.builds(syntax.Show, small, st.none() | small),
        cdot_funs,
    )


terms: st.SearchStrategy[syntax.Term] = st.recursive(leaves, _extend, max_leaves=10)
small_terms: st.SearchStrategy[syntax.Term] = st.recursive(leaves, _extend, max_leaves=4)

# ------------------------------------------------------------------ declarations

docstrings = st.none() | st.sampled_from(["The JEPA loss.", "Sum over `idxs` of f.", "λ → ∑"])
attributes = st.lists(st.sampled_from(["simp", "grind =", "ext", "inline"]), max_size=2,
                      unique=True).map(tuple)
modifiers = st.lists(st.sampled_from(["private", "protected", "noncomputable"]), max_size=2,
                     unique=True).map(tuple)
decl_names = st.sampled_from(["foo", "jepaLoss_append", "X.y", "target₁_ext", "weird name"])

decl_binders = st.lists(
    st.one_of(
        st.builds(lambda ns, t, dflt: syntax.Binder(tuple(ns), t, syntax.BinderKind.EXPLICIT, dflt),
                  st.lists(binder_names, min_size=1, max_size=3), small_terms,
                  st.none() | small_terms),
        st.builds(lambda ns, t, k: syntax.Binder(tuple(ns), t, k),
                  st.lists(binder_names, min_size=1, max_size=3), st.none() | small_terms,
                  st.sampled_from([syntax.BinderKind.IMPLICIT, syntax.BinderKind.STRICT])),
        st.builds(lambda ns, t: syntax.Binder(tuple(ns), t, syntax.BinderKind.INSTANCE),
                  st.lists(binder_names, max_size=1), small_terms),
    ),
    max_size=4,
).map(tuple)


def _theorem(kind, name, binders, stmt, doc, attrs, mods):  # type: ignore[no-untyped-def]
    return syntax.Theorem(kind=kind, name=name, short_name=name, binders=binders, statement=stmt,
                       docstring=doc, attributes=attrs, modifiers=mods)


theorems = st.builds(_theorem, st.sampled_from(["theorem", "lemma"]), decl_names, decl_binders,
                     small_terms, docstrings, attributes, modifiers)


def _definition(kind, name, binders, typ, value, aux, doc, attrs, mods):  # type: ignore[no-untyped-def]
    body, equations, fields = value
    if fields and typ is None:
        typ = syntax.Ident("Point")
    where = tuple(
        syntax.Definition(kind="def", name=f"{name}.{a_name}", short_name=a_name,
                       binders=a_binders, type=a_type, body=a_body, modifiers=mods)
        for a_name, a_binders, a_type, a_body in aux
    ) if body is not None or equations else ()
    return syntax.Definition(kind=kind, name=name, short_name=name, binders=binders, type=typ,
                          body=body, equations=equations, where_fields=fields,
                          where_decls=where, docstring=doc, attributes=attrs, modifiers=mods)


alts_for_defs = st.lists(
    st.builds(lambda ps, rhs: syntax.MatchAlt(tuple(ps), rhs),
              st.lists(patterns, min_size=1, max_size=2),
              small_terms.filter(lambda t: not has_abs(t))),
    min_size=1, max_size=3,
).map(tuple)
def_values = st.one_of(
    small_terms.map(lambda t: (t, (), ())),
    alts_for_defs.map(lambda a: (None, a, ())),
    st.lists(st.builds(syntax.FieldAssign, field_names, small_terms), min_size=1, max_size=3).map(
        lambda fs: (None, (), tuple(fs))),
)
aux_decls = st.lists(
    st.tuples(st.sampled_from(["go", "helper"]), decl_binders, st.none() | small_terms,
              small_terms),
    max_size=2, unique_by=lambda a: a[0],
)
definitions = st.builds(_definition, st.sampled_from(["def", "abbrev"]), decl_names,
                        decl_binders, st.none() | small_terms, def_values, aux_decls, docstrings,
                        attributes, modifiers)


def _structure(name, binders, fields, extends, ctor, deriving, doc):  # type: ignore[no-untyped-def]
    return syntax.Structure(kind="structure", name=name, short_name=name, binders=binders,
                         fields=tuple(fields), extends=tuple(extends), ctor=ctor,
                         deriving=deriving, docstring=doc)


# `name : type := default`, `name : type`, or `name := default` (a type-less field: an
# inherited field's new default, or a field typed by its default)
field_types_defaults = (st.tuples(small_terms, st.none() | small_terms)
                        | st.tuples(st.none(), small_terms))
struct_fields = st.lists(
    st.builds(lambda n, td, doc, bs: syntax.StructField(n, td[0], td[1], doc, bs),
              field_names, field_types_defaults, docstrings,
              st.lists(st.builds(lambda n, t: syntax.Binder((n,), t), binder_names, small_terms),
                       max_size=1).map(tuple)),
    max_size=3, unique_by=lambda f: f.name,
)
structures = st.builds(_structure, decl_names, decl_binders, struct_fields,
                       st.lists(small_terms, max_size=2), st.none() | st.just("mk'"),
                       st.sampled_from([(), ("Repr",), ("Repr", "BEq")]), docstrings)


def _instance(name, binders, typ, body):  # type: ignore[no-untyped-def]
    return syntax.Instance(kind="instance", name=name, short_name=name, binders=binders, type=typ,
                        body=body)


instances = st.builds(_instance, st.sampled_from(["instFoo", "instAddPoint"]), decl_binders,
                      small_terms, small_terms)

declarations = st.one_of(theorems, definitions, structures, instances)
