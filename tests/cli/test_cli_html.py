"""The HTML report, opened in a real browser: headless Chromium (Debian's ``chromium``, which
``.ci/run`` installs when missing) driven by playwright. The page's counts match the JSON, the
filter and the search hide cards, nothing is requested from the network, the console stays
clean, and a screenshot is taken. Without Chromium or playwright these tests skip; the
browser-free checks below them always run.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.cli import main
from jepa_formal.report.html import highlight_lean, render_html
from jepa_formal.report.json import run_dict

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MIXED = ("theorem T.good", "theorem T.refuted", "theorem T.unsup", "theorem T.inconc",
         "theorem T.crash", "theorem U.good", "example")

REAL = """\
def meanLoss (xs : List ℕ) (loss : ℕ → ℕ) : ℕ := (xs.map loss).sum / xs.length

theorem sum_append (xs ys : List ℕ) (f : ℕ → ℕ) :
    ((xs ++ ys).map f).sum = (xs.map f).sum + (ys.map f).sum := by simp

theorem le_wrong (xs : List ℕ) (f : ℕ → ℕ) : (xs.map f).sum ≤ xs.length := by sorry

theorem typo (xs : List ℕ) : (xs.map g).sum = 0 := by sorry
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if CHROMIUM is None:
        if os.environ.get("JEPA_FORMAL_REQUIRE_BROWSER"):
            pytest.fail("chromium is required here (JEPA_FORMAL_REQUIRE_BROWSER) but missing")
        pytest.skip("chromium is not installed (.ci/run installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


class Opened:
    """A page opened from a file, with every request and console message recorded."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.requests: list[str] = []
        self.console: list[tuple[str, str]] = []
        self.page = browser.new_page(viewport={"width": 1100, "height": 900})
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.console.append(("pageerror", str(e))))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def visible_statuses(self) -> list[str]:
        return self.page.eval_on_selector_all(
            ".card", "cs => cs.filter(c => !c.hidden).map(c => c.dataset.status)"
        )

    def close(self) -> None:
        self.page.close()


def _mixed_report(toy: Any, tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    run = check_paths([toy("mixed.lean", *MIXED)], CheckOptions())
    path = tmp_path / "report.html"
    path.write_text(render_html(run), encoding="utf-8")
    return path, run_dict(run)


def test_counts_filter_search_console_network_and_screenshot(browser, fake_layers, toy, tmp_path):
    path, data = _mixed_report(toy, tmp_path)
    opened = Opened(browser, path)
    try:
        page = opened.page
        counts = {
            s: int(page.inner_text(f'[data-count="{s}"]')) for s in data["summary"]
        }
        assert counts == data["summary"]
        assert len(opened.visible_statuses()) == len(data["results"]) == 7

        page.uncheck('input[data-filter="proved"]')
        shown = opened.visible_statuses()
        assert "proved" not in shown and len(shown) == 7 - data["summary"]["proved"]
        assert page.inner_text("[data-shown]") == f"{len(shown)} of 7 shown"
        page.check('input[data-filter="proved"]')

        page.fill('input[type="search"]', "U.good")
        cards = page.eval_on_selector_all(
            ".card", "cs => cs.filter(c => !c.hidden).map(c => c.dataset.name)"
        )
        assert cards == ["U.good"]
        page.fill('input[type="search"]', "")
        assert len(opened.visible_statuses()) == 7

        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot), full_page=True)
        png = shot.read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
        assert [m for m in opened.console if m[0] in ("error", "pageerror")] == []
        assert opened.requests == [opened.url]  # nothing but the file itself
    finally:
        opened.close()


def test_real_check_report_shows_cards_counterexample_and_steps(browser, tmp_path):
    spec = tmp_path / "laws.lean"
    spec.write_text(REAL, encoding="utf-8")
    report = tmp_path / "report.html"
    assert main(["check", str(spec), "--format", "html", "--output", str(report),
                 "--timeout", "3"]) == 1
    assert main(["check", str(spec), "--format", "json", "--output", str(tmp_path / "r.json"),
                 "--timeout", "3"]) == 1
    data = json.loads((tmp_path / "r.json").read_text("utf-8"))
    opened = Opened(browser, report)
    try:
        page = opened.page
        counts = {s: int(page.inner_text(f'[data-count="{s}"]')) for s in data["summary"]}
        assert counts == data["summary"]
        refuted = page.locator('.card[data-status="refuted"]')
        assert refuted.count() == 1
        sides = refuted.locator("table.sides td")
        assert sides.count() == 2 and sides.nth(0).inner_text() != sides.nth(1).inner_text()
        proved = page.locator('.card[data-status="proved"]')
        assert "List.sum_append" in proved.inner_text()
        assert "a worked instance" in proved.inner_text()
        assert "unknown identifier 'g'" in page.locator('.card[data-status="invalid"]').inner_text()
        assert [m for m in opened.console if m[0] in ("error", "pageerror")] == []
        assert opened.requests == [opened.url]
    finally:
        opened.close()


def test_explain_html_is_the_same_card(browser, tmp_path):
    spec = tmp_path / "laws.lean"
    spec.write_text(REAL, encoding="utf-8")
    report = tmp_path / "explain.html"
    assert main(["explain", str(spec), "le_wrong", "--format", "html", "-o", str(report),
                 "--timeout", "3"]) == 1
    opened = Opened(browser, report)
    try:
        card = opened.page.locator(".card")
        assert card.count() == 1 and card.get_attribute("data-status") == "refuted"
        assert "counterexample" in card.inner_text()
        assert [m for m in opened.console if m[0] in ("error", "pageerror")] == []
    finally:
        opened.close()


# --- without a browser -----------------------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.outside: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key in ("src", "href") and value and not value.startswith(("#", "data:")):
                self.outside.append(f"{tag} {key}={value}")


def test_page_is_self_contained_and_escapes_lean_text(fake_layers, toy, tmp_path):
    path, _ = _mixed_report(toy, tmp_path)
    text = path.read_text("utf-8")
    links = _Links()
    links.feed(text)
    assert links.outside == []
    assert "http://" not in text and "https://" not in text
    assert "<script>" in text and "<style>" in text and "<svg" in text
    assert "[0]" in text  # the counterexample's list, as written


def test_highlighting_escapes_and_marks_tokens() -> None:
    out = highlight_lean("theorem t (xs : List ℕ) : xs.length < 2 := <b>")
    assert '<span class="kw">theorem</span>' in out
    assert '<span class="ty">ℕ</span>' in out and '<span class="num">2</span>' in out
    assert "<b>" not in out and "&lt;" in out and "&gt;" in out
