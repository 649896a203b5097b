"""The four JEPA seed laws (built as core terms by hand) are proved by normal form, and their
traces name the library facts and the hypothesis used."""

from __future__ import annotations

from prove_handmade import (
    jepa_append,
    jepa_env,
    jepa_nil,
    jepa_reverse,
    jepa_target_ext,
    target_ext_hyp,
)

from jepa_formal.prove import prove_law
from jepa_formal.verdict import Status, Step


def test_jepa_nil_is_proved() -> None:
    out = prove_law(jepa_nil(), jepa_env())
    assert out.status is Status.PROVED
    assert out.method == "normal form"
    assert out.steps[0].rule == "unfold jepaLoss"
    assert out.steps[0].after == "0"


def test_jepa_append_names_sum_append() -> None:
    out = prove_law(jepa_append(), jepa_env())
    assert out.status is Status.PROVED
    rules = [s.rule for s in out.steps]
    assert "List.sum_append" in rules
    step = next(s for s in out.steps if s.rule == "List.sum_append")
    assert "xs" in step.before and "++" in step.before and "++" not in step.after


def test_jepa_reverse_names_sum_reverse() -> None:
    out = prove_law(jepa_reverse(), jepa_env())
    assert out.status is Status.PROVED
    assert "List.sum_reverse" in [s.rule for s in out.steps]


def test_jepa_target_ext_names_the_hypothesis() -> None:
    out = prove_law(jepa_target_ext(target_ext_hyp()), jepa_env())
    assert out.status is Status.PROVED
    congruences = [s for s in out.steps if s.rule == "congruence"]
    assert congruences, out.steps
    assert congruences[0].note == "h : ∀ i ∈ idxs, target₁ i = target₂ i"
    assert "target₂" in congruences[0].before and "target₁" in congruences[0].after


def test_steps_read_like_lean() -> None:
    out = prove_law(jepa_append(), jepa_env())
    first = out.steps[0]
    # the stand-in env knows no binder kinds, so the implicit ``n`` prints too; with the real
    # Env only explicit arguments print (test_trace_closing)
    assert first.before == "jepaLoss n (xs ++ ys) context target predict repLoss"
    assert first.after == "((xs ++ ys).map (fun i => repLoss (target i) (predict context i))).sum"


def test_sum_nil_rule_and_eval_agree() -> None:
    import sympy

    from jepa_formal.mirror.symbolic import lists as L
    from jepa_formal.prove.rules import RULES

    i = sympy.Symbol("i", integer=True)
    f = L.Fn(i, i + 1)
    unevaluated = L.ListSum(f, L.Nil(), evaluate=False)
    rule = next(r for r in RULES if r.name == "List.sum_nil")
    assert rule.apply(unevaluated) == 0 == L.ListSum(f, L.Nil())


def test_long_traces_end_with_a_summary_step() -> None:
    import sympy

    from jepa_formal.prove.rewrite import Trace

    trace = Trace()
    for k in range(10):
        trace.add("List.sum_append", sympy.Integer(k), sympy.Integer(k + 1))
    trace.add("arithmetic normal form", "goal", "True")
    steps = trace.render(limit=4)
    assert len(steps) == 6
    assert steps[-2].rule == "…" and "6 more steps" in steps[-2].note
    assert steps[-1] == Step("arithmetic normal form", "goal", "True")  # the closing step
