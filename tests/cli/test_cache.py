"""The verdict cache (``cache.py``): keys, hits without SymPy, corrupt entries, the CLI flags."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from jepa_formal import cli
from jepa_formal.cache import VerdictCache, decode_verdict, encode_verdict, law_key
from jepa_formal.check import CheckOptions, check_paths, load_workload
from jepa_formal.mirror.elaborate import elaborate_theorem
from jepa_formal.verdict import Counterexample, Status, Step, Verdict

SPEC = """
def inner {n : ℕ} (i : Fin n) (loss : Fin n → ℕ) : ℕ := loss i
def outer {n : ℕ} (idxs : List (Fin n)) (loss : Fin n → ℕ) : ℕ :=
  (idxs.map fun i => inner i loss).sum
def unrelated (k : ℕ) : ℕ := k + 1

theorem outer_append {n : ℕ} (xs ys : List (Fin n)) (loss : Fin n → ℕ) :
    outer (xs ++ ys) loss = outer xs loss + outer ys loss := by
  sorry

theorem outer_double {n : ℕ} (xs : List (Fin n)) (loss : Fin n → ℕ) :
    outer (xs ++ xs) loss = outer xs loss := by
  sorry

theorem add_comm' (a b : ℕ) : a + b = b + a := by
  sorry
"""


def keys(path: Path, options: CheckOptions) -> dict[str, str]:
    work = load_workload([str(path)], options)
    return {
        e.name: law_key(elaborate_theorem(e.theorem, e.env), e.env, e.name, options)
        for e in work.entries
    }


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "laws.lean"
    path.write_text(SPEC, encoding="utf-8")
    return path


def test_keys_follow_the_statement_the_definitions_and_the_options(spec):
    base = keys(spec, CheckOptions())
    assert base == keys(spec, CheckOptions())  # stable
    assert len(set(base.values())) == 3
    # moving a theorem (spans) or running differently (jobs, cache) does not change a key
    spec.write_text("\n\n" + SPEC, encoding="utf-8")
    assert keys(spec, CheckOptions(jobs=2, cache_dir="x")) == base
    # a definition reached transitively (outer → inner) changes the keys of the laws using it
    spec.write_text(SPEC.replace(":= loss i", ":= loss i + 0"), encoding="utf-8")
    changed = keys(spec, CheckOptions())
    assert changed["outer_append"] != base["outer_append"]
    assert changed["add_comm'"] == base["add_comm'"]
    # an unrelated definition does not
    spec.write_text(SPEC.replace("k + 1", "k + 2"), encoding="utf-8")
    assert keys(spec, CheckOptions()) == base
    # options that steer a verdict do
    for options in (
        CheckOptions(seed=1),
        CheckOptions(max_examples=10),
        CheckOptions(method="numeric"),
        CheckOptions(bound=2),
        CheckOptions(timeout=1.0),
    ):
        assert keys(spec, options)["add_comm'"] != base["add_comm'"]


def test_a_second_run_is_answered_from_the_cache(spec, tmp_path):
    options = CheckOptions(cache_dir=str(tmp_path / "cache"))
    first = check_paths([str(spec)], options)
    second = check_paths([str(spec)], options)
    assert not any(v.cached for v in first.verdicts)
    assert all(v.cached for v in second.verdicts)
    plain = lambda v: replace(v, seconds=0.0, cached=False)  # noqa: E731
    assert [plain(v) for v in second.verdicts] == [plain(v) for v in first.verdicts]
    statuses = {v.name.rsplit(".", 1)[-1]: v.status for v in second.verdicts}
    assert statuses["outer_double"] is Status.REFUTED
    assert statuses["outer_append"] is Status.PROVED


def test_a_full_hit_never_imports_sympy(spec, tmp_path, monkeypatch):
    monkeypatch.delenv("JEPA_FORMAL_NO_CACHE")
    cache = tmp_path / "cache"
    code = (
        "import sys; from jepa_formal.cli import main; "
        f"code = main(['check', {str(spec)!r}, '--cache-dir', {str(cache)!r}, '-j', '1']); "
        "print('SYMPY' if 'sympy' in sys.modules else 'NOSYMPY', code)"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
        for _ in range(2)
    ]
    assert runs[0].stdout.split()[-2:] == ["SYMPY", "1"]  # outer_double is refuted
    assert runs[1].stdout.split()[-2:] == ["NOSYMPY", "1"]
    assert "3 from the cache" in runs[1].stdout
    assert "cached)" in runs[1].stdout


def test_corrupt_entries_are_ignored_and_rewritten(spec, tmp_path):
    cache = tmp_path / "cache"
    options = CheckOptions(cache_dir=str(cache))
    first = check_paths([str(spec)], options)
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 3
    entries[0].write_text("{not json", encoding="utf-8")
    entries[1].write_bytes(b"\x00\xff")
    entries[2].write_text(json.dumps({"format": 1, "verdict": {"name": 3}}), encoding="utf-8")
    again = check_paths([str(spec)], options)
    assert not any(v.cached for v in again.verdicts)
    assert [v.status for v in again.verdicts] == [v.status for v in first.verdicts]
    assert all(v.cached for v in check_paths([str(spec)], options).verdicts)
    assert not [p for p in cache.rglob("*") if p.name.startswith(".tmp-")]


def test_entries_round_trip_and_failures_are_not_stored(tmp_path):
    verdict = Verdict(
        name="T.x",
        status=Status.REFUTED,
        method="concrete search",
        steps=(Step("a", "b", "c", "d"),),
        counterexample=Counterexample((("xs", "[0]"),), "1", "2", (("α", "Fin 2"),), 3),
        notes=("n",),
        seed=4,
        path="elsewhere.lean",
        line=9,
    )
    back = decode_verdict(encode_verdict(verdict))
    assert back == replace(verdict, path="", line=0)
    cache = VerdictCache(tmp_path / "c")
    cache.put("ab" * 20, verdict)
    assert cache.get("ab" * 20) == replace(verdict, path="", line=0)
    for status in (Status.ERROR, Status.INCONCLUSIVE):
        cache.put("cd" * 20, replace(verdict, status=status))
        assert cache.get("cd" * 20) is None


def test_cli_cache_flags(spec, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("JEPA_FORMAL_NO_CACHE")
    monkeypatch.chdir(tmp_path)
    args = ["check", str(spec), "--format", "json", "-j", "1"]
    cli.main([*args, "--no-cache"])
    assert not (tmp_path / ".jepa_formal_cache").exists()
    cli.main(args)
    assert (tmp_path / ".jepa_formal_cache" / "CACHEDIR.TAG").exists()
    capsys.readouterr()
    cli.main(args)
    results = json.loads(capsys.readouterr().out)["results"]
    assert all(r["cached"] for r in results)
    cli.main([*args, "--cache-dir", "elsewhere"])
    assert (tmp_path / "elsewhere").is_dir()
    monkeypatch.setenv("JEPA_FORMAL_NO_CACHE", "1")
    capsys.readouterr()
    cli.main(args)
    assert not any(r["cached"] for r in json.loads(capsys.readouterr().out)["results"])


def test_parallel_runs_use_and_fill_the_cache(spec, tmp_path):
    text = SPEC + "".join(
        f"\ntheorem extra{i} (a b : ℕ) : a + {i} + b = b + a + {i} := by\n  sorry\n"
        for i in range(12)
    )
    spec.write_text(text, encoding="utf-8")
    options = CheckOptions(cache_dir=str(tmp_path / "cache"), jobs=2)
    first = check_paths([str(spec)], options)
    second = check_paths([str(spec)], options)
    assert all(v.cached for v in second.verdicts)
    assert [v.status for v in second.verdicts] == [v.status for v in first.verdicts]


def test_a_cold_cache_is_looked_up_by_the_workers(spec, tmp_path, monkeypatch):
    """The first COLD_PROBE lookups miss: the parent stops elaborating for keys and the
    workers look up and store; a verdict cached further down is still answered from the
    cache, and every status is the serial run's."""
    from jepa_formal import check, parallel

    extra = "".join(
        f"\ntheorem extra{i} (a b : ℕ) : a + {i} + b = b + a + {i} := by\n  sorry\n"
        for i in range(parallel.COLD_PROBE + 4)
    )
    spec.write_text(SPEC + extra, encoding="utf-8")
    cache = str(tmp_path / "cache")
    last = [f"extra{i}" for i in range(parallel.COLD_PROBE, parallel.COLD_PROBE + 4)]
    for name in last:  # only the last four are in the cache
        check_paths([str(spec)], CheckOptions(cache_dir=cache, jobs=1, pattern=name))
    looked_up: list[int] = []
    real_lookup = check.cached_verdict

    def counting(workload, index, options, cache):  # type: ignore[no-untyped-def]
        looked_up.append(index)
        return real_lookup(workload, index, options, cache)

    monkeypatch.setattr(check, "cached_verdict", counting)
    run = check_paths([str(spec)], CheckOptions(cache_dir=cache, jobs=2))
    serial = check_paths([str(spec)], CheckOptions(jobs=1))
    assert looked_up == list(range(parallel.COLD_PROBE))
    assert [v.status for v in run.verdicts] == [v.status for v in serial.verdicts]
    assert [v.name for v in run.verdicts if v.cached] == last
    again = check_paths([str(spec)], CheckOptions(cache_dir=cache, jobs=2))
    assert all(v.cached for v in again.verdicts)
