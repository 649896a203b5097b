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
    order = {s: [n for n in param_names if n in captured[s]] for s in captured}
    explicit = {n for b in main.binders if b.kind is syntax.BinderKind.EXPLICIT
                for n in b.names}
    passed = {s: [n for n in names if n in explicit] for s, names in order.items()}
    local = {**passed, **{h.name: passed[h.short_name] for h in helpers}}
    closed = tuple(_close(h, order[h.short_name], main, local) for h in helpers)
    new_main = dataclasses.replace(main, body=_apply(main.body, local),
                                   equations=_apply(main.equations, local), where_decls=closed)
    return (new_main, *closed)


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
    if not dataclasses.is_dataclass(node) or isinstance(node, type):
        return node
    changes = {}
    for f in dataclasses.fields(node):
        if f.name == "span":
            continue
        old = getattr(node, f.name)
        new = _apply(old, local)
        if new is not old:
            changes[f.name] = new
    return dataclasses.replace(node, **changes) if changes else node


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
