"""The normal-form strategy: rewrite both sides of a goal with the rules, then decide with SymPy.

Why goals: a conclusion is read once into ``Goal``s (``lhs ⋈ rhs`` for ``=``, ``≠``, ``<``,
``≤``, ``>``, ``≥``, or a bare proposition); premises of ``→`` and leading ``∀`` become
hypotheses and variables. Each strategy (normal form here, induction, bounded expansion) then
works on the same goals. Definitions are unfolded as named steps (``unfold jepaLoss``), so the
trace shows the definition, then the library facts, then the hypotheses used.
"""

from __future__ import annotations

from dataclasses import dataclass

from sympy import Basic
from sympy.core.function import AppliedUndef

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.core.terms import (
    RELATIONS,
    Expr,
    Lit,
    Prim,
    Quant,
    TArray,
    TList,
    TOption,
    relation_symbol,
)
from jepa_formal.mirror.symbolic.lists import Fn
from jepa_formal.mirror.symbolic.options import option_eq
from jepa_formal.mirror.symbolic.translator import BoolApp, SymContext, is_boolish
from jepa_formal.prove.budget import Deadline
from jepa_formal.prove.confirm import IDENTICAL
from jepa_formal.prove.decide import decide_bool, decide_relation
from jepa_formal.prove.hypotheses import Facts
from jepa_formal.prove.rewrite import Rewriter, Trace
from jepa_formal.prove.rules import Rule
from jepa_formal.prove.show import show
from jepa_formal.prove.terms import canonical

NUMERIC_KINDS = ("nat", "int", "rat", "real", "fin")


@dataclass(frozen=True, slots=True)
class Goal:
    """``lhs ⋈ rhs`` (``rel`` one of RELATIONS, ``numeric`` when the sides are numbers) or a
    proposition ``lhs`` (``rel == "prop"``)."""

    rel: str
    lhs: Basic
    rhs: Basic | None = None
    numeric: bool = True

    def xreplace(self, mapping: dict[Basic, Basic]) -> Goal:
        rhs = self.rhs.xreplace(mapping) if self.rhs is not None else None
        return Goal(self.rel, self.lhs.xreplace(mapping), rhs, self.numeric)


def read_goals(conclusion: Expr, ctx: SymContext) -> tuple[list[Goal], list[tuple[str, Expr]]]:
    """The goals of a conclusion, and the premises it carries (``A → B``: ``A``)."""
    premises: list[tuple[str, Expr]] = []
    goals: list[Goal] = []
    _read(conclusion, ctx, goals, premises)
    return goals, premises


def _read(e: Expr, ctx: SymContext, goals: list[Goal], premises: list[tuple[str, Expr]],
          conjunct: bool = False) -> None:
    """``conjunct``: ``e`` is one side of an ``∧``. A premise there holds for its own side
    only (``x = 0 ∧ (x = 0 → …)`` must not use ``x = 0`` for the left side), and the facts
    are shared by every goal, so such an implication stays a proposition to decide whole."""
    if isinstance(e, Lit) and e.value is True:
        return
    if isinstance(e, Quant) and e.kind == "forall" and e.bound is None:
        ctx.bindings[e.var.name] = ctx.value_of(e.var.name, e.var.ty)
        _read(e.body, ctx, goals, premises, conjunct)
        return
    if isinstance(e, Prim) and e.op == "and":
        for a in e.args:
            _read(a, ctx, goals, premises, conjunct=True)
        return
    if isinstance(e, Prim) and e.op == "implies" and not conjunct:
        premises.append((f"_premise{len(premises) + 1}", e.args[0]))
        _read(e.args[1], ctx, goals, premises)
        return
    if isinstance(e, Prim) and e.op == "eq" and isinstance(e.args[0].ty, TOption):
        # `o₁ = o₂` at Option: the parts' goals (`s₁ ↔ s₂`, `s₁ → v₁ = v₂`), see options.py
        _read(option_eq(*e.args, ctx.option_var), ctx, goals, premises, conjunct)
        return
    if isinstance(e, Prim) and e.op in RELATIONS and not is_boolish(e.args[0].ty) \
            and not isinstance(e.args[0].ty, TOption):
        lhs, rhs = ctx.translate(e.args[0]), ctx.translate(e.args[1])
        if isinstance(lhs, Fn) or isinstance(rhs, Fn):
            raise Unsupported("equality of functions", e.span)
        ty = e.args[0].ty
        numeric = not isinstance(ty, (TList, TArray)) and lhs.is_complex is not False
        goals.append(Goal(e.op, lhs, rhs, numeric and _number_type(ty)))
        return
    goals.append(Goal("prop", ctx.translate(e)))


def _number_type(ty: object) -> bool:
    from jepa_formal.mirror.core.terms import TFin, TInt, TNat, TRat, TReal

    return isinstance(ty, (TNat, TInt, TRat, TReal, TFin))


def definition_rules(ctx: SymContext) -> tuple[Rule, ...]:
    """Unfolding of definitions met in the law: by body, or by a matching equation."""

    def short(t: Basic) -> str:
        info = ctx.def_info(t)
        return (info.name if info else "?").rsplit(".", 1)[-1]

    return (
        Rule("unfold", "a definition is equal to its body", "non-recursive definition",
             (AppliedUndef, BoolApp), ctx.unfold_definition,
             namer=lambda t: f"unfold {short(t)}"),
        Rule("equation", "a definition by pattern matching equals the right-hand side of its "
             "first matching equation", "every earlier equation surely does not match",
             (AppliedUndef, BoolApp), ctx.unfold_equation,
             namer=lambda t: f"equation of {short(t)}"),
    )


def make_rewriter(ctx: SymContext, facts: Facts, deadline: Deadline, trace: Trace,
                  extra: tuple[Rule, ...] = ()) -> Rewriter:
    return Rewriter(extra + facts.rules() + definition_rules(ctx), deadline=deadline,
                    trace=trace)


def normalise_goal(goal: Goal, rw: Rewriter, facts: Facts) -> Goal:
    lhs = rw.normalize(facts.apply(goal.lhs))
    rhs = rw.normalize(facts.apply(goal.rhs)) if goal.rhs is not None else None
    return Goal(goal.rel, lhs, rhs, goal.numeric)




def goal_text(goal: Goal) -> str:
    """The goal printed Lean-like (``lhs ⋈ rhs``, or the proposition)."""
    if goal.rel == "prop" or goal.rhs is None:
        return show(goal.lhs)
    return f"{show(goal.lhs)} {relation_symbol(goal.rel)} {show(goal.rhs)}"


def decide_goal(goal: Goal, deadline: Deadline, trace: Trace | None = None) -> bool | None:
    """True/False/None for a normalised goal."""
    if goal.rel == "prop":
        return decide_bool(goal.lhs, trace)
    assert goal.rhs is not None
    if not goal.numeric:
        same = canonical(goal.lhs) == canonical(goal.rhs)
        if goal.rel == "eq":
            if same and trace is not None:
                trace.confirm(IDENTICAL)
            return True if same else None
        if goal.rel == "ne":
            return False if same else None
        return None
    return decide_relation(goal.rel, goal.lhs, goal.rhs, deadline, trace)


def prove_by_normal_form(goal: Goal, ctx: SymContext, facts: Facts, deadline: Deadline,
                         trace: Trace) -> bool | None:
    """Normalise both sides with the rules and the hypotheses, then decide."""
    rw = make_rewriter(ctx, facts, deadline, trace)
    return decide_goal(normalise_goal(goal, rw, facts), deadline, trace)


__all__ = ["Goal", "decide_goal", "definition_rules", "goal_text", "make_rewriter",
           "normalise_goal", "prove_by_normal_form", "read_goals"]
