"""Rendering a mutation run: a text table per definition, and the JSON document.

Why here and returning strings: the command line prints (only ``cli.py`` writes), and the
JSON layout is the one issue 14 fixes (``version``, ``spec``, ``definitions`` with
``mutants`` and ``score``); extra keys (``laws``, ``proof``, ``advice``…) only add to it.
"""

from __future__ import annotations

import json
from typing import Any

from jepa_formal.mutate.result import DefinitionReport, MutantResult, MutantStatus, MutationRun

JSON_VERSION = 1


def _short(name: str) -> str:
    return name.rsplit(".", 1)[-1]


def score_text(d: DefinitionReport) -> str:
    s = d.score
    counted = s.killed + s.survived
    ratio = f"{s.killed}/{counted} = {100 * s.ratio:.0f}%" if s.ratio is not None else "n/a"
    return (f"score {ratio} (killed {s.killed}, survived {s.survived}, "
            f"equivalent {s.equivalent}, unknown {s.unknown})")


def _verdict_cell(r: MutantResult) -> tuple[str, str]:
    """(killed-by column, detail line under the mutant)."""
    if r.status is MutantStatus.KILLED:
        first = r.kills[0]
        more = f" (+{len(r.kills) - 1})" if len(r.kills) > 1 else ""
        return _short(first.law) + more, first.counterexample.describe()
    if r.status is MutantStatus.EQUIVALENT:
        return "—", f"proved equal to the definition ({r.proof})"
    if r.status is MutantStatus.UNKNOWN:
        return "—", r.reason
    return "—", ""


def render_definition(d: DefinitionReport) -> str:
    lines = [f"{_short(d.name)}: {len(d.results)} mutants, {score_text(d)}"]
    lines.append("laws: " + (", ".join(_short(n) for n in d.laws) or "none"))
    for name, why in d.excluded:
        lines.append(f"  not used: {_short(name)}: {why}")
    if d.note:
        lines.append(f"  note: {d.note}")
    if not d.results:
        return "\n".join(lines) + "\n"
    rows = []
    for r in d.results:
        killer, detail = _verdict_cell(r)
        rows.append((r.mutant.id.rsplit(":", 1)[-1], r.mutant.operator, r.status.value, killer,
                     r.mutant.body, detail))
    widths = [max(len(h), *(len(row[k]) for row in rows))
              for k, h in enumerate(("#", "operator", "status", "killed by"))]
    head = ("#", "operator", "status", "killed by", "mutant")
    indent = sum(widths) + 2 * len(widths)

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells[:4], widths, strict=True)) + \
            "  " + cells[4]

    lines.append("")
    lines.append(line(head))
    for row in rows:
        lines.append(line(row[:5]))
        if row[5]:
            lines.append(" " * indent + row[5])
    survivors = [r for r in d.results if r.status is MutantStatus.SURVIVED]
    if survivors:
        lines.append("")
        lines.append(f"survivors ({len(survivors)}): what the spec fails to say")
        groups: dict[str, list[MutantResult]] = {}
        for r in survivors:
            groups.setdefault(r.advice or "", []).append(r)
        for advice, group in groups.items():
            for r in group:
                lines.append(f"  {r.mutant.id.rsplit(':', 1)[-1]:>3} {r.mutant.operator}: "
                             f"{r.mutant.body}")
            if advice:
                every = f"all {len(group)}: " if len(group) > 1 else ""
                lines.append(f"      → {every}{advice}")
    return "\n".join(lines) + "\n"


def render_text(run: MutationRun) -> str:
    parts = [f"mutate {run.spec} (seed {run.seed}, {run.options.get('max_examples')} "
             f"instances per law)\n"]
    for d in run.definitions:
        parts.append(render_definition(d))
    total = run.mutants
    parts.append(f"{total} mutants of {len(run.definitions)} definition"
                 f"{'s' if len(run.definitions) != 1 else ''} in {run.seconds:.1f} s "
                 f"(-j {run.jobs})\n")
    return "\n".join(parts)


def mutant_json(r: MutantResult) -> dict[str, Any]:
    cex = r.kills[0].counterexample if r.kills else None
    return {
        "id": r.mutant.id,
        "operator": r.mutant.operator,
        "group": r.mutant.group,
        "description": r.mutant.description,
        "body": r.mutant.body,
        "status": r.status.value,
        "killed_by": list(r.killed_by),
        "counterexample": cex.as_dict() if cex is not None else None,
        "sides": ({"left": cex.lhs, "right": cex.rhs}
                  if cex is not None and cex.lhs is not None else None),
        "replayed": all(k.replayed for k in r.kills) if r.kills else None,
        "proof": r.proof,
        "difference": r.difference.as_dict() if r.difference is not None else None,
        "advice": r.advice,
        "reason": r.reason or None,
        "seconds": round(r.seconds, 3),
    }


def render_json(run: MutationRun) -> str:
    doc = {
        "version": JSON_VERSION,
        "spec": run.spec,
        "seed": run.seed,
        "definitions": [
            {
                "name": d.name,
                "laws": list(d.laws),
                "excluded_laws": [{"name": n, "why": w} for n, w in d.excluded],
                "rejected_candidates": d.rejected,
                "mutants": [mutant_json(r) for r in d.results],
                "score": {
                    "killed": d.score.killed,
                    "survived": d.score.survived,
                    "equivalent": d.score.equivalent,
                    "unknown": d.score.unknown,
                    "ratio": d.score.ratio,
                },
            }
            for d in run.definitions
        ],
        "seconds": round(run.seconds, 3),
        "jobs": run.jobs,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


# --------------------------------------------------------------------------------------------
# HTML: the cards of the reports work, one per mutant
# --------------------------------------------------------------------------------------------

COLORS = {
    MutantStatus.KILLED: "#1a7f37",
    MutantStatus.SURVIVED: "#cf222e",
    MutantStatus.EQUIVALENT: "#6e7781",
    MutantStatus.UNKNOWN: "#9a6700",
}


def _rows(pairs: tuple[tuple[str, str], ...], head: tuple[str, str]) -> str:
    from html import escape

    body = "".join(f"<tr><td><code>{escape(k)}</code></td><td><code>{escape(v)}</code></td>"
                   "</tr>" for k, v in pairs)
    return f"<table><tr><th>{escape(head[0])}</th><th>{escape(head[1])}</th></tr>{body}</table>"


def mutant_card(r: MutantResult) -> str:
    """One mutant as a card of the HTML report (status badge, the mutant as highlighted
    Lean, then the killing laws and counterexample, the proof, or the advice)."""
    from html import escape

    from jepa_formal.report.html import highlight_lean

    m = r.mutant
    text = " ".join([m.id, m.operator, m.description, m.body, r.status.value]).lower()
    parts = [
        f'<article class="card" data-status="{r.status.value}" data-text="{escape(text)}" '
        f'style="--c:{COLORS[r.status]}">',
        f'<h2><span class="badge">{r.status.value}</span>{escape(m.id)} '
        f'<code>{escape(m.operator)}</code> <span class="muted">{escape(m.description)}</span>'
        "</h2>",
        f"<pre>{highlight_lean(m.body)}</pre>",
    ]
    if r.kills:
        laws = ", ".join(f"<code>{escape(_short(k.law))}</code>" for k in r.kills)
        parts.append(f"<h3>killed by</h3><p>{laws}</p>")
        first = r.kills[0].counterexample
        parts.append(f"<h3>counterexample to {escape(_short(r.kills[0].law))}</h3>")
        parts.append(_rows(first.bindings, ("variable", "value")))
        if first.lhs is not None and first.rhs is not None:
            parts.append(_rows((("left side", first.lhs), ("right side", first.rhs)),
                               ("side", "value")))
        if all(k.replayed for k in r.kills):
            parts.append('<p class="muted">replayed from its printed form by the concrete '
                         "evaluator</p>")
    if r.proof:
        parts.append(f"<p>proved equal to the definition for every input ({escape(r.proof)})"
                     "</p>")
    if r.advice:
        parts.append(f"<h3>what the spec fails to say</h3><p>{escape(r.advice)}</p>")
    if r.reason:
        parts.append(f'<p class="muted">{escape(r.reason)}</p>')
    parts.append("</article>")
    return "".join(parts)


def _controls(counts: dict[str, int]) -> str:
    boxes = "".join(
        f'<label style="border-color:{COLORS[s]}"><input type="checkbox" checked '
        f'data-filter="{s.value}"> {s.value} ({counts.get(s.value, 0)})</label>'
        for s in MutantStatus)
    return (f'<div class="controls">{boxes}<input type="search" placeholder="search mutants" '
            'aria-label="search"><span class="muted" data-shown></span></div>')


def render_html(run: MutationRun) -> str:
    """The run as one self-contained page, with the reports work's styles and filter."""
    from html import escape

    from jepa_formal.report.html import SCRIPT, fragment, page

    cards: list[str] = []
    counts: dict[str, int] = {}
    for d in run.definitions:
        laws = ", ".join(_short(n) for n in d.laws) or "none"
        cards.append(f"<h2>{escape(_short(d.name))}</h2><p><b>{escape(score_text(d))}</b>"
                     f'</p><p class="muted">laws: {escape(laws)}</p>')
        cards.extend(f'<p class="muted">not used: {escape(_short(n))}: {escape(w)}</p>'
                     for n, w in d.excluded)
        for r in d.results:
            counts[r.status.value] = counts.get(r.status.value, 0) + 1
            cards.append(mutant_card(r))
    head = (f'<p class="muted">{escape(run.spec)}: {run.mutants} mutants, seed {run.seed}, '
            f"{run.seconds:.1f} s</p>{_controls(counts)}")
    body = fragment([*cards, f"<script>{SCRIPT}</script>"], title="jepa-formal mutate",
                    head=head)
    return page(body, f"jepa-formal mutate {run.spec}")
