"""The teaching report of ``jepa-formal explain``: the law, its verdict, the proof step by step,
a worked instance, and what each hypothesis is for.

Why a separate renderer: the explanation is built by ``teach.py`` (it re-checks variants of the
law); this module only turns that value into text, in the order a reader learns from: what is
claimed, whether it holds, why (the rewrite steps, each ``before → after``), what it looks like
on real values, and what goes wrong without each assumption.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from jepa_formal.report.common import (
    STATUS_STYLES,
    evidence_lines,
    not_proved_reasons,
    readable_steps,
    string_console,
)
from jepa_formal.verdict import Status, Verdict, counted

if TYPE_CHECKING:
    from jepa_formal.teach import Dropped, Explanation, WorkedInstance



def render_explanation(explanation: Explanation, *, color: bool = False) -> str:
    """The explanation as text (ANSI colours only when ``color``)."""
    console, buffer = string_console(color=color)

    def say(text: str = "", style: str = "") -> None:
        console.print(Text(text, style=style), soft_wrap=True)

    verdict = explanation.verdict
    say(f"{explanation.name}  ({verdict.location})", "bold")
    for line in explanation.statement.splitlines():
        say("  " + line)
    say()
    head = Text("verdict: ", style="bold")
    head.append(verdict.status.value, style=STATUS_STYLES[verdict.status])
    if verdict.method:
        head.append(f" ({verdict.method})")
    console.print(head, soft_wrap=True)
    for line in evidence_lines(verdict, explanation.options):
        say("  " + line)
    if verdict.status is Status.PROVED and verdict.examples:
        agreed = counted(verdict.examples, "spot-check instance")
        say(f"  the concrete evaluator agrees on {agreed}")

    reasons = not_proved_reasons(verdict)
    if reasons:
        say()
        say(f"why it is {verdict.status.value}, not proved:", "bold")
        for reason in reasons:
            say(f"  - {reason}")

    if verdict.status is Status.PROVED and not verdict.steps:
        say()
        say("proof: no rewrite step needed; both sides have the same normal form")
    if verdict.steps:
        say()
        say("proof, step by step:", "bold")
        for number, step in enumerate(readable_steps(verdict.steps), start=1):
            say(f"  {number}. {step.rule}", "cyan")
            say(f"       {step.before}")
            say(f"     → {step.after}")
            if step.note:
                say(f"       ({step.note})", "dim")

    say()
    say("a worked instance:", "bold")
    if explanation.instance is not None:
        for line in _instance_lines(explanation.instance):
            say("  " + line)
    else:
        say("  " + (explanation.instance_note or "none (the law was not evaluated)"), "dim")

    if explanation.dropped:
        say()
        say("what each hypothesis is for:", "bold")
        for dropped in explanation.dropped:
            say(f"  {dropped.text}", "cyan")
            say(f"    {dropped_text(dropped)}")
    elif _holds(verdict):
        say()
        say("the law has no hypotheses: it holds unconditionally")
    return buffer.getvalue()


def dropped_text(dropped: Dropped) -> str:
    """What happens to the law without one hypothesis, in one sentence."""
    outcome = dropped.verdict
    if outcome.status is Status.REFUTED and outcome.counterexample is not None:
        return f"without it the law is refuted: {outcome.counterexample.describe()}"
    if outcome.status in (Status.PROVED, Status.BOUNDED, Status.TESTED):
        return (
            f"without it the law is still {outcome.status.value} "
            f"({outcome.method}): this hypothesis is not needed"
        )
    detail = f": {outcome.detail}" if outcome.detail else ""
    return f"without it: {outcome.status.value}{detail}"


def _holds(verdict: Verdict) -> bool:
    return verdict.status in (Status.PROVED, Status.BOUNDED, Status.TESTED)


def _instance_lines(instance: WorkedInstance) -> list[str]:
    lines = []
    values = ", ".join(f"{k} = {v}" for k, v in instance.bindings)
    lines.append(f"when {values}" if values else "with no variables")
    if instance.instantiation:
        lines.append(
            "type variables " + ", ".join(f"{k} := {v}" for k, v in instance.instantiation)
        )
    if instance.left is not None and instance.right is not None:
        lines.append(f"left side  = {instance.left}")
        lines.append(f"right side = {instance.right}")
        lines.append(f"and indeed {instance.left} {instance.relation} {instance.right}")
    else:
        lines.append("the statement holds")
    return lines
