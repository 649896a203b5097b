"""The HTML report: one self-contained page (``check --format html``, ``explain --format
html``) and the cards notebooks display.

Why one file with everything inline (CSS, a few lines of JavaScript, an SVG chart): a report is
mailed, attached to a CI run or opened from disk, so it must render with no network and no
other file. The page has a summary (counts per status and a bar chart), a filter by status and
a search box, and one card per law: the statement (Lean, highlighted), the verdict and method,
the proof trace with the Lean fact of each step, the worked instance, what each hypothesis is
for, and for a refuted law the counterexample as a table with both sides' values. Cards are
also what ``_repr_html_`` returns in Jupyter, so the notebook and the page say the same.
Every piece of Lean or user text is escaped; nothing is fetched.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING

from jepa_formal.report.common import (
    not_proved_reasons,
    readable_steps,
    reproduce_command,
    summary_line,
)
from jepa_formal.verdict import Status, Verdict, counted
from jepa_formal.version import __version__

if TYPE_CHECKING:
    from jepa_formal.check import CheckOptions, CheckRun
    from jepa_formal.teach import Explanation

COLORS: dict[Status, str] = {
    Status.PROVED: "#1a7f37",
    Status.BOUNDED: "#2da44e",
    Status.TESTED: "#0969da",
    Status.REFUTED: "#cf222e",
    Status.INVALID: "#a40e26",
    Status.INCONCLUSIVE: "#9a6700",
    Status.UNSUPPORTED: "#8250df",
    Status.ERROR: "#6e7781",
}
assert set(COLORS) == set(Status), "every status has a colour"

CSS = """
.jf{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;max-width:1100px}
.jf h1{font-size:22px;margin:8px 0}.jf h2{font-size:16px;margin:0}
.jf .muted{color:#656d76}.jf code,.jf pre{font-family:ui-monospace,"DejaVu Sans Mono",monospace}
.jf pre{background:#f6f8fa;border-radius:6px;padding:8px 10px;margin:6px 0;white-space:pre-wrap}
.jf .controls{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin:10px 0}
.jf .controls label{border:1px solid #d0d7de;border-radius:14px;padding:2px 10px;cursor:pointer}
.jf .controls input[type=search]{flex:1;min-width:200px;padding:4px 8px;font-size:14px}
.jf .card{border:1px solid #d0d7de;border-left:6px solid var(--c);border-radius:6px;
 padding:10px 14px;margin:10px 0;background:#fff}
.jf .card[hidden]{display:none}
.jf .badge{display:inline-block;color:#fff;background:var(--c);border-radius:10px;
 padding:0 8px;font-size:12px;font-weight:600;margin-right:6px;vertical-align:middle}
.jf .loc{font-size:12px}.jf h3{font-size:13px;margin:10px 0 4px;color:#424a53}
.jf table{border-collapse:collapse;margin:4px 0}.jf td,.jf th{border:1px solid #d0d7de;
 padding:3px 8px;text-align:left;vertical-align:top}.jf th{background:#f6f8fa}
.jf ol.steps{padding-left:22px;margin:4px 0}.jf ol.steps li{margin:4px 0}
.jf .fact{font-size:12px;color:#656d76}.jf .kw{color:#cf222e;font-weight:600}
.jf .ty{color:#8250df}.jf .num{color:#0550ae}.jf .op{color:#953800}.jf .cm{color:#6e7781}
.jf .bad{color:#cf222e;font-weight:600}.jf .chart text{font-size:12px}
"""

SCRIPT = """
(function(){
  var root=document.currentScript.closest('.jf');if(!root)return;
  var boxes=root.querySelectorAll('input[data-filter]');
  var search=root.querySelector('input[type=search]');
  var cards=root.querySelectorAll('.card');var shown=root.querySelector('[data-shown]');
  function apply(){
    var on={};boxes.forEach(function(b){on[b.dataset.filter]=b.checked;});
    var q=(search&&search.value||'').toLowerCase();var n=0;
    cards.forEach(function(c){
      var ok=on[c.dataset.status]!==false&&(!q||c.dataset.text.indexOf(q)>=0);
      c.hidden=!ok;if(ok)n++;});
    if(shown)shown.textContent=n+' of '+cards.length+' shown';
  }
  boxes.forEach(function(b){b.addEventListener('change',apply);});
  if(search)search.addEventListener('input',apply);apply();
})();
"""

_KEYWORDS = frozenset(
    "theorem lemma example def abbrev fun λ let in if then else match with by do have show "
    "from at where structure instance namespace section end open variable".split()
)
_TYPES = frozenset(
    "ℕ ℤ ℚ ℝ Nat Int Real Rat Float Bool Prop Type List Array Fin Finset Option".split()
)
_TOKEN = re.compile(
    r"(?P<cm>--[^\n]*)|(?P<num>\b\d+(?:\.\d+)?\b)|(?P<word>[^\W\d][\w'.!?₀-₉ᵢ-ᵪ]*)"
    r"|(?P<op>[∀∃∑∏→↔∧∨¬≤≥≠<>=+\-*/%^∈∉∘•|:]+)|(?P<other>\s+|.)",
    re.UNICODE,
)


def highlight_lean(text: str) -> str:
    """Lean text as HTML with keywords, types, numbers, operators and comments in spans."""
    out = []
    for match in _TOKEN.finditer(text):
        kind, piece = match.lastgroup, html.escape(match.group())
        if kind == "word":
            if match.group() in _KEYWORDS:
                piece = f'<span class="kw">{piece}</span>'
            elif match.group() in _TYPES:
                piece = f'<span class="ty">{piece}</span>'
        elif kind == "num":
            piece = f'<span class="num">{piece}</span>'
        elif kind == "op":
            piece = f'<span class="op">{piece}</span>'
        elif kind == "cm":
            piece = f'<span class="cm">{piece}</span>'
        out.append(piece)
    return "".join(out)


@cache
def lean_facts() -> Mapping[str, str]:
    """Rule name → the Lean fact it mirrors (``List.sum_append`` → its identity), read from
    the prover's rule table; empty if that table cannot be read."""
    try:
        from jepa_formal.prove import rules
    except Exception:  # the report must render even if the prover cannot be imported
        return {}
    table = getattr(rules, "RULES", ())
    return {
        str(getattr(r, "name", "")): str(getattr(r, "statement", ""))
        for r in table
        if getattr(r, "name", "")
    }


def _e(text: object) -> str:
    return html.escape(str(text))


def _pre(text: str) -> str:
    return f"<pre>{highlight_lean(text)}</pre>"


def _table(rows: Iterable[tuple[str, str]], head: tuple[str, str]) -> str:
    body = "".join(f"<tr><td><code>{_e(k)}</code></td><td><code>{_e(v)}</code></td></tr>"
                   for k, v in rows)
    return f"<table><tr><th>{_e(head[0])}</th><th>{_e(head[1])}</th></tr>{body}</table>"


def _steps(verdict: Verdict) -> str:
    if not verdict.steps:
        if verdict.status is Status.PROVED:
            return "<h3>proof</h3><p>no rewrite step needed: both sides have one normal form</p>"
        return ""
    facts = lean_facts()
    items = []
    for step in readable_steps(verdict.steps):
        fact = facts.get(step.rule, "")
        fact_html = f' <span class="fact">({highlight_lean(fact)})</span>' if fact else ""
        note = f'<div class="fact">{_e(step.note)}</div>' if step.note else ""
        items.append(
            f"<li><b>{_e(step.rule)}</b>{fact_html}<pre>{highlight_lean(step.before)}\n"
            f"→ {highlight_lean(step.after)}</pre>{note}</li>"
        )
    return f'<h3>proof, step by step</h3><ol class="steps">{"".join(items)}</ol>'


def _counterexample(verdict: Verdict) -> str:
    cex = verdict.counterexample
    if cex is None:
        return ""
    parts = ["<h3>counterexample</h3>", _table(cex.bindings, ("variable", "value"))]
    if cex.instantiation:
        parts.append(_table(cex.instantiation, ("type variable", "instantiated as")))
    if cex.lhs is not None and cex.rhs is not None:
        parts.append(
            '<table class="sides"><tr><th>left side</th><th>right side</th></tr>'
            f'<tr><td><code class="bad">{_e(cex.lhs)}</code></td>'
            f'<td><code class="bad">{_e(cex.rhs)}</code></td></tr></table>'
            f"<p>{_e(cex.sides_text())}</p>"
        )
    return "".join(parts)


def _instance(explanation: Explanation) -> str:
    instance = explanation.instance
    if instance is None:
        note = explanation.instance_note
        return f'<h3>a worked instance</h3><p class="muted">{_e(note)}</p>' if note else ""
    rows = list(instance.bindings)
    title = "a worked instance"
    if explanation.verdict.status is Status.REFUTED:
        title = "an instance where it does hold"
    parts = [f"<h3>{title}</h3>", _table(rows, ("variable", "value"))]
    if instance.instantiation:
        parts.append(_table(instance.instantiation, ("type variable", "instantiated as")))
    if instance.left is not None and instance.right is not None:
        parts.append(
            f"<p>left side <code>{_e(instance.left)}</code> {_e(instance.relation)} "
            f"right side <code>{_e(instance.right)}</code></p>"
        )
    return "".join(parts)


def _hypotheses(explanation: Explanation) -> str:
    if not explanation.dropped:
        return ""
    from jepa_formal.report.explain import dropped_text

    items = "".join(
        f"<li><code>{highlight_lean(d.text)}</code>: {_e(dropped_text(d))}</li>"
        for d in explanation.dropped
    )
    return f"<h3>what each hypothesis is for</h3><ul>{items}</ul>"


def render_card(
    verdict: Verdict,
    explanation: Explanation | None = None,
    options: CheckOptions | None = None,
) -> str:
    """One law as an HTML card (an ``<article>``; the page's CSS styles it)."""
    status = verdict.status
    method = f' <span class="muted">({_e(verdict.method)})</span>' if verdict.method else ""
    statement = verdict.statement or (explanation.statement if explanation else "")
    search_text = " ".join([verdict.name, status.value, statement, verdict.detail]).lower()
    parts = [
        f'<article class="card" data-status="{status.value}" data-name="{_e(verdict.name)}" '
        f'data-text="{_e(search_text)}" style="--c:{COLORS[status]}">',
        f'<h2><span class="badge">{status.value}</span>{_e(verdict.name)}{method}</h2>',
        f'<div class="loc muted"><code>{_e(verdict.location)}</code></div>',
    ]
    if statement:
        parts.append(_pre(statement))
    detail = verdict.detail
    if verdict.counterexample is not None:  # the table below shows it
        detail = detail.replace(verdict.counterexample.describe(), "").strip().rstrip(":")
    if detail and status is not Status.PROVED:
        parts.append(f"<p>{_e(detail)}</p>")
    if status is Status.PROVED and verdict.examples:
        agreed = counted(verdict.examples, "spot-check instance")
        parts.append(f'<p class="muted">the concrete evaluator agrees on {agreed}</p>')
    reasons = not_proved_reasons(verdict)
    if reasons:
        items = "".join(f"<li>{_e(r)}</li>" for r in reasons)
        parts.append(f"<h3>why it is {status.value}, not proved</h3><ul>{items}</ul>")
    parts.append(_steps(verdict))
    parts.append(_counterexample(verdict))
    if explanation is not None:
        parts.append(_instance(explanation))
        parts.append(_hypotheses(explanation))
    if status.is_failure and verdict.path:
        parts.append(
            f'<p class="muted">reproduce: <code>{_e(reproduce_command(verdict, options))}'
            "</code></p>"
        )
    parts.extend(f'<p class="muted">note: {_e(n)}</p>' for n in verdict.notes)
    parts.append("</article>")
    return "".join(parts)


def _chart(counts: Mapping[str, int]) -> str:
    """A horizontal bar per status, as inline SVG (no script, no font download)."""
    top = max(counts.values(), default=0) or 1
    rows = []
    for i, status in enumerate(Status):
        n = counts.get(status.value, 0)
        width = round(300 * n / top)
        y = 6 + i * 22
        rows.append(
            f'<text x="0" y="{y + 12}">{status.value}</text>'
            f'<rect x="100" y="{y}" width="{max(width, 1 if n else 0)}" height="16" '
            f'fill="{COLORS[status]}" data-bar="{status.value}"/>'
            f'<text x="{106 + width}" y="{y + 12}">{n}</text>'
        )
    height = 12 + 22 * len(Status)
    return (
        f'<svg class="chart" role="img" aria-label="verdicts per status" width="460" '
        f'height="{height}" viewBox="0 0 460 {height}">{"".join(rows)}</svg>'
    )


def _controls(counts: Mapping[str, int]) -> str:
    boxes = "".join(
        f'<label style="border-color:{COLORS[s]}"><input type="checkbox" checked '
        f'data-filter="{s.value}"> {s.value} (<span data-count="{s.value}">'
        f"{counts.get(s.value, 0)}</span>)</label>"
        for s in Status
    )
    return (
        f'<div class="controls">{boxes}<input type="search" placeholder="search names and '
        f'statements" aria-label="search"><span class="muted" data-shown></span></div>'
    )


def fragment(
    cards: Iterable[str],
    counts: Mapping[str, int] | None = None,
    title: str = "",
    head: str = "",
) -> str:
    """Cards wrapped with the styles (and, with ``counts``, the chart and the filter) under
    ``title`` and ``head``: what a notebook displays and what the page's body holds."""
    parts = [f'<div class="jf"><style>{CSS}</style>']
    if title:
        parts.append(f"<h1>{_e(title)}</h1>")
    parts.append(head)
    if counts is not None:
        parts.append(_chart(counts))
        parts.append(_controls(counts))
    parts.extend(cards)
    if counts is not None:
        parts.append(f"<script>{SCRIPT}</script>")
    parts.append("</div>")
    return "".join(parts)


def page(body: str, title: str) -> str:
    """A complete HTML document around ``body``; nothing in it points outside the file."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
        f"<title>{_e(title)}</title></head><body>{body}</body></html>\n"
    )


def run_fragment(run: CheckRun, explanations: Mapping[int, Explanation] | None = None) -> str:
    """A run as cards with summary, chart, filter and search (no ``<html>`` around it)."""
    explanations = explanations or {}
    counts = run.summary()
    cards = [
        render_card(v, explanations.get(i), run.options) for i, v in enumerate(run.verdicts)
    ]
    errors = "".join(
        f'<pre class="bad">{_e(e.render())}</pre>' for e in run.parse_errors
    )
    head = (
        f'<p class="summary"><b>{_e(summary_line(run))}</b></p>'
        f'<p class="muted">{_e(", ".join(run.files))}</p>{errors}'
        + "".join(f'<p class="muted">note: {_e(n)}</p>' for n in run.notes)
    )
    return fragment(cards, counts, title="jepa-formal report", head=head)


def render_html(run: CheckRun, explanations: Mapping[int, Explanation] | None = None) -> str:
    """The whole run as one self-contained HTML page."""
    body = run_fragment(run, explanations)
    footer = f'<p class="muted">jepa-formal {_e(__version__)}, seed {run.seed}</p>'
    return page(body + footer, "jepa-formal report")


def render_explanation_html(explanation: Explanation) -> str:
    """``explain --format html``: the one law's card as a page."""
    card = render_card(explanation.verdict, explanation, explanation.options)
    return page(fragment([card], title=f"jepa-formal explain: {explanation.name}"),
                f"jepa-formal explain: {explanation.name}")
