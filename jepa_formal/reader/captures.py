"""``where`` helpers that use their declaration's parameters, made ordinary definitions.

Why: Lean elaborates a ``where`` helper as a ``let rec``: its body may use the parameters of
the declaration it follows (``def scaled (c : ℕ) … := go xs where go | x :: r => c * x :: go
r``), and the auxiliary definition ``scaled.go`` then takes those captured parameters first,
in the declaration's order (``scaled.go c [1, 2]`` from outside). Inside the declaration and
its helpers the capture is implicit (``go xs`` means ``scaled.go c xs``). The mirror knows
only closed definitions, so the reader writes the capture out: each helper gets the binders
it captures (and those their types need), and each local use of a helper gets the captured
names as leading arguments.
"""

from __future__ import annotations

import dataclasses

from jepa_formal.reader import syntax
from jepa_formal.reader.scopes import free_names, mentioned_names


def close_where_helpers(main: syntax.Definition) -> tuple[syntax.Definition, ...]:
    """``main`` and its helpers with every captured parameter explicit (unchanged when no
    helper uses a parameter of ``main``)."""
    helpers = main.where_decls
    if not helpers:
        return (main,)
    params = [(name, b) for b in main.binders for name in b.names]
    param_names = [name for name, _ in params]
    short = {h.short_name: h for h in helpers}
    uses = {h.short_name: _free_in(h) for h in helpers}
    captured = {s: {n for n in used if n in param_names} for s, used in uses.items()}
    changed = True
    while changed:  # a helper calling a capturing helper captures what that one does
        changed = False
        for s, used in uses.items():
            for other in used & short.keys():
                extra = captured[other] - captured[s]
                if extra:
                    captured[s] |= extra
                    changed = True
    for s in captured:  # the types of captured parameters mention earlier ones
        todo = list(captured[s])
        while todo:
            binder = dict(params)[todo.pop()]
            for dep in mentioned_names(binder.type) & set(param_names):
                if dep not in captured[s]:
                    captured[s].add(dep)
                    todo.append(dep)
    if not any(captured.values()):
        return (main, *helpers)
    # each captured parameter is renamed apart (`c` to `c✝`) in the declaration and its
    # helpers: a call site passes the parameter itself even where a `let c := …`, a
    # `fun c =>` or a pattern `c :: r` has shadowed the name `c`
    fresh = {n: f"{n}✝" for names in captured.values() for n in names}
    main = _rename_decl(main, fresh, binds=True)
    helpers = tuple(_rename_decl(h, fresh, binds=False) for h in helpers)
    order = {s: [fresh[n] for n in param_names if n in captured[s]] for s in captured}
    explicit = {fresh.get(n, n) for b in main.binders if b.kind is syntax.BinderKind.EXPLICIT
                for n in b.names}
    passed = {s: [n for n in names if n in explicit] for s, names in order.items()}
    local = {**passed, **{h.name: passed[h.short_name] for h in helpers}}
    closed = tuple(_close(h, order[h.short_name], main, local) for h in helpers)
    new_main = dataclasses.replace(main, body=_apply(main.body, local),
                                   equations=_apply(main.equations, local), where_decls=closed)
    return (new_main, *closed)


def _rename_decl(d: syntax.Definition, fresh: dict[str, str], *, binds: bool
                 ) -> syntax.Definition:
    """``d`` with the free occurrences of each name of ``fresh`` renamed. ``binds``: ``d`` is
    the declaration whose parameters those are (its binders are renamed with them); in a
    helper, a parameter of the same name is its own and hides the captured one."""
    if binds:
        binders = tuple(dataclasses.replace(
            b, names=tuple(fresh.get(n, n) for n in b.names), type=_rename(b.type, fresh),
            default=_rename(b.default, fresh)) for b in d.binders)
        live = fresh
    else:
        binders, live = _rename_binders(d.binders, fresh)
    return dataclasses.replace(d, binders=binders, type=_rename(d.type, live),
                               body=_rename(d.body, live), equations=_rename(d.equations, live))


def _rename(node: object, fresh: dict[str, str]) -> object:
    """``node`` with the free occurrences of each name of ``fresh`` renamed: a ``fun``,
    quantifier, ``∑``, ``let`` or pattern that binds the name again stops the renaming in its
    scope (capture-avoiding, as Lean's scoping is)."""
    if not fresh or node is None:
        return node
    if isinstance(node, tuple):
        return tuple(_rename(child, fresh) for child in node)
    if isinstance(node, syntax.Ident):
        head, dot, rest = node.name.partition(".")
        return dataclasses.replace(node, name=fresh[head] + dot + rest) if head in fresh else node
    if isinstance(node, syntax.Lambda | syntax.Quant):
        binders, inner = _rename_binders(node.binders, fresh)
        extra = {}
        if isinstance(node, syntax.Quant) and node.bound is not None:
            extra["bound"] = (node.bound[0], _rename(node.bound[1], fresh))
        return dataclasses.replace(node, binders=binders, body=_rename(node.body, inner),
                                   **extra)
    if isinstance(node, syntax.BigOp):
        (binder,), inner = _rename_binders((node.binder,), fresh)
        return dataclasses.replace(node, binder=binder, domain=_rename(node.domain, fresh),
                                   body=_rename(node.body, inner))
    if isinstance(node, syntax.Let):
        inner = _without(fresh, mentioned_names(node.pattern))
        return dataclasses.replace(node, value=_rename(node.value, fresh),
                                   type=_rename(node.type, fresh), body=_rename(node.body, inner))
    if isinstance(node, syntax.MatchAlt):
        inner = _without(fresh, mentioned_names(node.patterns))
        return dataclasses.replace(node, rhs=_rename(node.rhs, inner))
    return syntax.map_fields(node, lambda child: _rename(child, fresh))


def _rename_binders(binders: tuple[syntax.Binder, ...], fresh: dict[str, str]
                    ) -> tuple[tuple[syntax.Binder, ...], dict[str, str]]:
    """The binders with their types renamed (each seeing the earlier binders), and what is
    still renamed after them."""
    out = []
    for b in binders:
        out.append(dataclasses.replace(b, type=_rename(b.type, fresh),
                                       default=_rename(b.default, fresh)))
        fresh = _without(fresh, set(b.names) | mentioned_names(b.pattern))
    return tuple(out), fresh


def _without(fresh: dict[str, str], bound: set[str]) -> dict[str, str]:
    return {k: v for k, v in fresh.items() if k not in bound} if bound & fresh.keys() else fresh


def _free_in(h: syntax.Definition) -> set[str]:
    own = {n for b in h.binders for n in b.names}
    return free_names(h.binders, h.type, h.body, h.equations) - own


def _close(h: syntax.Definition, names: list[str], main: syntax.Definition,
           local: dict[str, list[str]]) -> syntax.Definition:
    """``h`` with the binders it captures first: each captured name in ``main``'s binder
    order, and the anonymous instance binders (``[Add α]``) of captured type variables."""
    extra: list[syntax.Binder] = []
    for b in main.binders:
        if not b.names and b.kind is syntax.BinderKind.INSTANCE:
            needs = mentioned_names(b.type)
            if needs & set(names) and needs <= set(names) | _globals(needs, main):
                extra.append(b)
            continue
        extra += [dataclasses.replace(b, names=(n,), default=None) for n in b.names
                  if n in names]
    return dataclasses.replace(h, binders=tuple(extra) + h.binders, body=_apply(h.body, local),
                               equations=_apply(h.equations, local))


def _globals(names: set[str], main: syntax.Definition) -> set[str]:
    """The names of ``names`` that are no parameter of ``main`` (class names such as Add)."""
    return names - {n for b in main.binders for n in b.names}


def _apply(node: object, local: dict[str, list[str]]) -> object:
    """``node`` with each use of a capturing helper given its captured explicit names first
    (captured implicit and instance parameters stay implicit, inferred as Lean infers them)."""
    if isinstance(node, tuple):
        return tuple(_apply(child, local) for child in node)
    if isinstance(node, syntax.Ident) and local.get(node.name) and not node.explicit:
        return syntax.App(node, _captured_args(node, local), span=node.span)
    if isinstance(node, syntax.App) and isinstance(node.fn, syntax.Ident) \
            and local.get(node.fn.name) and not node.fn.explicit:
        args = tuple(_apply(a, local) for a in node.args)
        return syntax.App(node.fn, _captured_args(node.fn, local) + args, span=node.span)
    if isinstance(node, syntax.Lambda | syntax.Quant | syntax.MatchAlt | syntax.Let):
        shadowed = _bound_by(node) & local.keys()
        if shadowed:
            local = {k: v for k, v in local.items() if k not in shadowed}
    return syntax.map_fields(node, lambda child: _apply(child, local))


def _captured_args(ident: syntax.Ident, local: dict[str, list[str]]) -> tuple[syntax.Term, ...]:
    return tuple(syntax.Ident(n, span=ident.span) for n in local[ident.name])


def _bound_by(node: object) -> set[str]:
    if isinstance(node, syntax.Lambda | syntax.Quant):
        return {n for b in node.binders for n in b.names}
    if isinstance(node, syntax.MatchAlt):
        return mentioned_names(node.patterns)
    if isinstance(node, syntax.Let):
        return mentioned_names(node.pattern)
    return set()
