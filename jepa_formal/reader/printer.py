"""Printing the AST back as Unicode Lean, with the fewest parentheses the precedences allow.

Why it matters: every report shows statements, counterexamples and rewrite steps as Lean, and
the property test ``parse(print(t)) == t`` pins the printer to the parser. Each node renders
to its text, its precedence, and whether it is *open to the right* (a ``fun``, ``∀``, ``∑``,
``¬`` … whose body would swallow whatever followed); the parent then adds parentheses when
the child binds too loosely, or when an open child is not the last thing in its position.
"""

from __future__ import annotations

import json

from jepa_formal.reader import syntax
from jepa_formal.reader.names import quote
from jepa_formal.reader.numerals import decimal_text

MAX = 1100  # atoms: names, literals, brackets
PREFIX = 1050  # ↑x
APP = 1024
LEAD = -1  # fun, ∀, let, if, match, show, by: open to the right, lowest precedence

_FAMILY = {
    "+": "add", "-": "add", "++": "add", "*": "mul", "/": "mul", "%": "mul", "∧": "and",
    "×": "and",
}


class _R:
    """A rendered term: text, precedence, open to the right, is a leading term."""

    __slots__ = ("lead", "open", "prec", "text")

    def __init__(self, text: str, prec: int, open_: bool = False, lead: bool = False) -> None:
        self.text = text
        self.prec = prec
        self.open = open_
        self.lead = lead


def print_term(term: syntax.Term) -> str:
    """Lean text of ``term`` (Unicode operators, minimal parentheses)."""
    return _elem(term)


def _sub(term: syntax.Term, need: int, rightmost: bool, lead_ok: bool | None = None) -> _R:
    r = _render(term)
    lead_ok = rightmost if lead_ok is None else lead_ok
    if (
        r.prec < need
        or (r.open and not rightmost)
        or (r.lead and not lead_ok)
        or isinstance(term, syntax.Tactic)
    ):
        return _R(f"({r.text})", MAX)
    return r


def _top(term: syntax.Term) -> str:
    """A term standing alone between keywords or brackets (``by`` blocks get parentheses,
    since a tactic block only ends at a comma, a closing bracket or a line break)."""
    text = _render(term).text
    return f"({text})" if isinstance(term, syntax.Tactic) else text


def _elem(term: syntax.Term) -> str:
    """An element of a comma-separated bracket list, where a bare ``by`` block is fine."""
    return _render(term).text


def _render(t: syntax.Term) -> _R:
    if isinstance(t, syntax.Ident):
        if t.name == syntax.EMPTY and not t.explicit:
            return _R("∅", MAX)
        return _R(("@" if t.explicit else "") + quote(t.name), MAX)
    if isinstance(t, syntax.NatLit):
        return _R(decimal_text(t.value), MAX)
    if isinstance(t, syntax.DecimalLit):
        return _R(t.text, MAX)
    if isinstance(t, syntax.StrLit):
        return _R(json.dumps(t.value, ensure_ascii=False), MAX)
    if isinstance(t, syntax.CharLit):
        return _R(_char_text(t.value), MAX)
    if isinstance(t, syntax.Sort):
        return _R(t.text, MAX if " " not in t.text and t.text not in ("Type", "Sort") else APP)
    if isinstance(t, syntax.Hole):
        return _R("_", MAX)
    if isinstance(t, syntax.CDot):
        return _R("·", MAX)
    if isinstance(t, syntax.EllipsisArg):
        return _R("..", MAX)
    if isinstance(t, syntax.CDotFun):
        return _R(f"({_top(t.body)})", MAX)
    if isinstance(t, syntax.NamedArg):
        return _R(f"({quote(t.name)} := {_elem(t.value)})", MAX)
    if isinstance(t, syntax.App):
        return _app(t)
    if isinstance(t, syntax.Proj):
        obj = _sub(t.obj, MAX, False)
        text = obj.text
        if text[-1] not in ")]}⟩|¹\"·":  # `x.f` would read as one name, `2.5` as a number
            text = f"({text})"
        return _R(f"{text}.{t.field}", MAX)
    if isinstance(t, syntax.Index):
        obj = _sub(t.obj, MAX, False)
        return _R(f"{obj.text}[{_elem(t.index)}]{t.mode}", MAX)
    if isinstance(t, syntax.BinOp):
        return _binop(t)
    if isinstance(t, syntax.UnOp):
        return _unop(t)
    if isinstance(t, syntax.Lambda):
        binders = " ".join(_fun_binder(b) for b in t.binders)
        return _R(f"fun {binders} => {_top(t.body)}", LEAD, True, True)
    if isinstance(t, syntax.Quant):
        return _R(f"{t.kind} {_quant_binders(t)}, {_top(t.body)}", LEAD, True, True)
    if isinstance(t, syntax.BigOp):
        b = t.binder
        name = quote(b.names[0]) if b.names else "_"
        head = f"{name} : {_top(b.type)}" if b.type is not None else name
        if t.domain is not None:
            head += f" ∈ {_top(t.domain)}"
        body = _sub(t.body, 67, True, False)
        return _R(f"{t.op} {head}, {body.text}", MAX, True)
    if isinstance(t, syntax.If):
        hyp = f"{t.hyp} : " if t.hyp else ""
        return _R(f"if {hyp}{_top(t.cond)} then {_top(t.then)} else {_top(t.orelse)}",
                  LEAD, True, True)
    if isinstance(t, syntax.Let):
        typ = f" : {_top(t.type)}" if t.type is not None else ""
        pat = _sub(t.pattern, MAX, False).text
        return _R(f"let {pat}{typ} := {_top(t.value)}; {_top(t.body)}", LEAD, True, True)
    if isinstance(t, syntax.Match):
        scrut = ", ".join(_top(s) for s in t.scrutinees)
        alts = []
        for i, alt in enumerate(t.alts):
            last = i == len(t.alts) - 1
            pats = ", ".join(_top(p) for p in alt.patterns)
            alts.append(f"| {pats} => {_sub(alt.rhs, LEAD, last).text}")
        return _R(f"match {scrut} with " + " ".join(alts), LEAD, True, True)
    if isinstance(t, syntax.Show):
        if t.term is None:
            return _R(f"show {_top(t.type)}", LEAD, True, True)
        typ = _sub(t.type, LEAD, False, True).text  # `from` must not end up inside the type
        return _R(f"show {typ} from {_top(t.term)}", LEAD, True, True)
    if isinstance(t, syntax.Tactic):
        return _R(f"by {t.text}".rstrip(), LEAD, True, True)
    if isinstance(t, syntax.ListLit):
        return _R("[" + ", ".join(_elem(e) for e in t.elems) + "]", MAX)
    if isinstance(t, syntax.ArrayLit):
        return _R("#[" + ", ".join(_elem(e) for e in t.elems) + "]", MAX)
    if isinstance(t, syntax.Tuple):
        return _R("(" + ", ".join(_elem(e) for e in t.elems) + ")", MAX)
    if isinstance(t, syntax.AnonCtor):
        return _R("⟨" + ", ".join(_elem(e) for e in t.elems) + "⟩", MAX)
    if isinstance(t, syntax.StructInst):
        return _R(_struct_inst(t), MAX)
    if isinstance(t, syntax.Ascription):
        return _R(f"({_top(t.term)} : {_top(t.type)})", MAX)
    raise TypeError(f"print_term: not a term: {type(t).__name__}")


_CHAR_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _char_text(ch: str) -> str:
    """``'a'``, with Lean's escapes for the quote, the backslash and control characters."""
    if ch in _CHAR_ESCAPES:
        return f"'{_CHAR_ESCAPES[ch]}'"
    if ord(ch) < 0x20 or ord(ch) == 0x7F:
        return f"'\\x{ord(ch):02x}'"
    return f"'{ch}'"


def _app(t: syntax.App) -> _R:
    elems = syntax.set_literal_elems(t)
    if elems is not None:
        return _R("{" + ", ".join(_elem(e) for e in elems) + "}", MAX)
    if isinstance(t.fn, syntax.Ident) and t.fn.name == syntax.CARD and not t.fn.explicit:
        first = _sub(t.args[0], MAX, False).text  # `#s` (not `#[`: that is an array)
        text = "#" + (" " + first if first.startswith(("[", "#", "-")) else first)
        if len(t.args) == 1:  # `prefix:arg`: below an atom (`(#s).1`, `f (#s)`)
            return _R(text, PREFIX)
        rest = _app(syntax.App(syntax.Ident("x"), t.args[1:]))  # `(#s) a …`: flattened
        return _R(text + rest.text[1:], APP, rest.open)
    fn = _sub(t.fn, MAX, False)
    parts = [fn.text]
    open_ = False
    for i, arg in enumerate(t.args):
        last = i == len(t.args) - 1
        is_fun = isinstance(arg, syntax.Lambda)
        r = _sub(arg, MAX if not is_fun else LEAD, last and is_fun, last and is_fun)
        if isinstance(arg, syntax.UnOp) and arg.op == "abs":
            # `f |x|` after a name: the bar would read as the start of an alternative (a
            # structure field's type, a `match`), so the argument keeps parentheses
            r = _R(f"({r.text})", MAX)
        if last and is_fun and not r.text.startswith("("):
            open_ = True
        parts.append(r.text)
    return _R(" ".join(parts), APP, open_)


def _binop(t: syntax.BinOp) -> _R:
    prec, assoc = syntax.BINARY_OPERATORS[t.op]
    lhs_need = prec if assoc == "left" else prec + 1
    rhs_need = prec if assoc == "right" else prec + 1
    lhs = _operand(t.lhs, t.op, prec, lhs_need, False)
    rhs = _operand(t.rhs, t.op, prec, rhs_need, True)
    return _R(f"{lhs.text} {t.op} {rhs.text}", prec, rhs.open)


def _operand(child: syntax.Term, op: str, prec: int, need: int, rightmost: bool) -> _R:
    if isinstance(child, syntax.BinOp) and child.op != op:
        child_prec = syntax.BINARY_OPERATORS[child.op][0]
        family = _FAMILY.get(op)
        if child_prec == prec and (family is None or _FAMILY.get(child.op) != family):
            r = _render(child)
            return _R(f"({r.text})", MAX)
    return _sub(child, need, rightmost)


def _unop(t: syntax.UnOp) -> _R:
    op = t.op
    if op == "abs":
        r = _render(t.operand)
        # a `match` inside `|…|` would take the closing bar for its next alternative
        inner = f"({r.text})" if r.open or isinstance(t.operand, syntax.Tactic) else r.text
        if inner.startswith("|") or inner.endswith("|"):
            inner = f" {inner} "
        return _R(f"|{inner}|", MAX)
    if op == "⁻¹":
        return _R(_sub(t.operand, MAX, False).text + "⁻¹", MAX)
    if op == "↑":
        return _R("↑" + _sub(t.operand, MAX, False).text, PREFIX)
    if op == "-":
        r = _sub(t.operand, 75, True, False)
        text = r.text
        if text.startswith(("-", "[")):  # `- -x`, and `- [a]` (`-[` opens `-[n+1]`)
            text = " " + text
        return _R("-" + text, 75, r.open)
    # ¬ and ! : atoms whose operand is read at precedence 50
    r = _sub(t.operand, 50, True, False)
    return _R(op + r.text, MAX, True)


def _fun_binder(b: syntax.Binder) -> str:
    if b.pattern is not None:
        return _sub(b.pattern, MAX, False).text
    names = " ".join(quote(n) for n in b.names)
    if b.type is None and b.kind is syntax.BinderKind.EXPLICIT and len(b.names) == 1:
        return names
    return print_binder(b)


def _quant_binders(t: syntax.Quant) -> str:
    if len(t.binders) == 1:
        b = t.binders[0]
        if b.kind is syntax.BinderKind.EXPLICIT and b.default is None and b.pattern is None:
            names = " ".join(quote(n) for n in b.names)
            if t.bound is not None:
                return f"{names} {t.bound[0]} {_top(t.bound[1])}"
            if b.type is None:
                return names
            return f"{names} : {_top(b.type)}"
    return " ".join(print_binder(b) for b in t.binders)


def _struct_inst(t: syntax.StructInst) -> str:
    parts = []
    if t.base is not None:
        parts.append(f"{_top(t.base)} with")
    fields = ", ".join(f"{quote(f.name)} := {_top(f.value)}" for f in t.fields)
    if fields:
        parts.append(fields)
    if t.ellipsis:
        parts.append(", .." if fields else "..")
    if t.type is not None:
        parts.append(f": {_top(t.type)}")
    return ("{ " + " ".join(parts) + " }").replace(" , ..", ", ..") if parts else "{}"


def print_binder(b: syntax.Binder) -> str:
    """Lean text of a bracketed binder: ``(xs ys : List ℕ)``, ``{n : ℕ}``, ``[Add α]``."""
    names = " ".join(quote(n) for n in b.names)
    typ = _top(b.type) if b.type is not None else None
    if b.kind is syntax.BinderKind.INSTANCE:
        return f"[{names} : {typ}]" if names else f"[{typ}]"
    if b.pattern is not None and not names:
        return _sub(b.pattern, MAX, False).text
    inner = names if typ is None else f"{names} : {typ}"
    if b.default is not None:
        inner += f" := {_top(b.default)}"
    left, right = b.kind.value[0], b.kind.value[1]
    return f"{left}{inner}{right}"


# ---------------------------------------------------------------------- declarations


def _prefix(d: syntax.Decl) -> str:
    lines = []
    if d.docstring is not None:
        lines.append(f"/-- {d.docstring} -/\n")
    if d.attributes:
        lines.append("@[" + ", ".join(d.attributes) + "]\n")
    mods = " ".join(d.modifiers)
    return "".join(lines) + (mods + " " if mods else "")


def _signature(d: syntax.Decl) -> str:
    parts = [print_binder(b) for b in d.binders]
    return (" " + " ".join(parts)) if parts else ""


def print_decl(d: syntax.Decl, *, proof: str | None = None) -> str:
    """Lean text of a declaration: header, binders, statement/type and (for defs) the body.

    Theorems are printed without their proof unless ``proof`` is given (``"by simp"``), since
    jepa-formal never reads proofs.
    """
    head = _prefix(d)
    name = " " + quote(d.short_name) if d.short_name and d.kind != "example" else ""
    if isinstance(d, syntax.Theorem):
        text = f"{head}{d.kind}{name}{_signature(d)} : {_top(d.statement)}"
        return text + (f" := {proof}" if proof is not None else "")
    if isinstance(d, syntax.Definition):
        return head + _definition(d, d.kind, name)
    if isinstance(d, syntax.Structure):
        text = f"{head}{d.kind}{name}{_signature(d)}"
        if d.extends:
            text += " extends " + ", ".join(_top(e) for e in d.extends)
        if d.ctor or d.fields:
            text += " where"
            if d.ctor:
                text += f"\n  {quote(d.ctor)} ::"
            for f in d.fields:
                if f.docstring is not None:
                    text += f"\n  /-- {f.docstring} -/"
                binders = "".join(" " + print_binder(b) for b in f.binders)
                typed = f" : {_top(f.type)}" if f.type is not None else ""
                text += f"\n  {quote(f.name)}{binders}{typed}"
                if f.default is not None:
                    text += f" := {_top(f.default)}"
        if d.deriving:
            text += "\nderiving " + ", ".join(d.deriving)
        return text
    if isinstance(d, syntax.Instance):
        typ = _top(d.type) if d.type is not None else "_"
        text = f"{head}instance{name}{_signature(d)} : {typ}"
        if d.body is not None:
            text += f" := {_top(d.body)}"
        return text
    if isinstance(d, syntax.OtherDecl):
        return d.text
    raise TypeError(f"print_decl: not a declaration: {type(d).__name__}")


def _definition(d: syntax.Definition, keyword: str, name: str) -> str:
    text = f"{keyword}{name}{_signature(d)}"
    if d.type is not None:  # a `match` type would take the equations as its alternatives
        text += f" : {_sub(d.type, LEAD, not d.equations, True).text}"
    if d.body is not None:
        text += f" :=\n  {_top(d.body)}"
    elif d.equations:
        for i, alt in enumerate(d.equations):
            pats = ", ".join(_top(p) for p in alt.patterns)
            rhs = _sub(alt.rhs, LEAD, i == len(d.equations) - 1).text
            text += f"\n  | {pats} => {rhs}"
    elif d.where_fields:
        text += " where"
        for f in d.where_fields:
            text += f"\n  {quote(f.name)} := {_top(f.value)}"
    if d.where_decls:
        text += "\nwhere"
        for aux in d.where_decls:
            aux_text = _definition(aux, "", " " + quote(aux.short_name))
            text += "\n  " + aux_text.strip().replace("\n", "\n  ")
    return text
