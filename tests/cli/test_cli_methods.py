"""``--method auto|prove|numeric`` and ``--jobs``, on fake lower layers (see ``cli_fakes``)."""

from __future__ import annotations

import json

import pytest
from test_cli_check import ALL, by_name

from jepa_formal import cli
from jepa_formal.check import QUICK_EXAMPLES, CheckOptions, check_paths
from jepa_formal.verdict import Status


def layers(calls, name):
    return [(layer, n) for layer, law, n in calls if law == name]


def test_auto_refutes_before_the_prover_runs(fake_layers, toy):
    run = check_paths([toy("a.lean", "theorem T.refuted")], CheckOptions(max_examples=5000))
    assert run.verdicts[0].status is Status.REFUTED
    assert layers(fake_layers.calls, "T.refuted") == [("search", QUICK_EXAMPLES)]


def test_auto_proves_after_a_quick_pass_that_finds_nothing(fake_layers, toy):
    run = check_paths([toy("a.lean", "theorem T.good")], CheckOptions())
    assert run.verdicts[0].status is Status.PROVED
    assert layers(fake_layers.calls, "T.good") == [("search", QUICK_EXAMPLES), ("prove", 0)]


def test_auto_ends_with_the_full_search(fake_layers, toy):
    run = check_paths([toy("a.lean", "theorem T.tested")], CheckOptions(max_examples=3000))
    assert run.verdicts[0].status is Status.TESTED
    assert layers(fake_layers.calls, "T.tested") == [
        ("search", QUICK_EXAMPLES),
        ("prove", 0),
        ("search", 3000),
    ]


def test_the_quick_pass_never_asks_for_more_than_the_budget(fake_layers, toy):
    check_paths([toy("a.lean", "theorem T.tested")], CheckOptions(max_examples=50))
    assert layers(fake_layers.calls, "T.tested")[0] == ("search", 50)


def test_prove_runs_the_prover_first(fake_layers, toy):
    run = check_paths([toy("a.lean", "theorem T.refuted")], CheckOptions(method="prove"))
    assert run.verdicts[0].status is Status.REFUTED
    assert [layer for layer, _ in layers(fake_layers.calls, "T.refuted")] == ["prove", "search"]


def test_numeric_never_runs_the_prover(fake_layers, toy):
    run = check_paths([toy("a.lean", *ALL)], CheckOptions(method="numeric"))
    assert not [c for c in fake_layers.calls if c[0] == "prove"]
    got = by_name(run)
    assert got["T.good"].status is Status.TESTED  # never "proved" without the prover
    assert got["T.refuted"].status is Status.REFUTED
    assert got["T.crash"].status is Status.TESTED  # the prover's crash is never reached
    assert any("--method numeric" in n for n in got["T.good"].notes)


def test_an_unsupported_quick_pass_leaves_the_verdict_to_the_prover(fake_layers, toy):
    run = check_paths([toy("a.lean", "theorem T.search_unsup")], CheckOptions())
    assert run.verdicts[0].status is Status.UNSUPPORTED
    assert [layer for layer, _ in layers(fake_layers.calls, "T.search_unsup")] == [
        "search", "prove", "search"
    ]


def test_the_cli_passes_the_method(fake_layers, toy, capsys):
    path = toy("a.lean", "theorem T.good")
    assert cli.main(["check", path, "--method", "numeric", "--format", "json", "-j", "1"]) == 0
    result = json.loads(capsys.readouterr().out)["results"][0]
    assert result["status"] == "tested"
    assert cli.main(["check", path, "--method", "bogus"]) == 2


@pytest.mark.parametrize("method", ["auto", "prove", "numeric"])
def test_jobs_give_the_same_verdicts_in_file_order(fake_layers, toy, method):
    lines = [f"theorem T{i}.{s.split('.')[-1]}" for i in range(3) for s in ALL if "." in s]
    path = toy("many.lean", *lines)
    serial = check_paths([path], CheckOptions(method=method, jobs=1))
    forked = check_paths([path], CheckOptions(method=method, jobs=2))
    strip = lambda v: (v.name, v.status, v.line, v.detail, v.counterexample)  # noqa: E731
    assert [strip(v) for v in forked.verdicts] == [strip(v) for v in serial.verdicts]
    assert len(serial.verdicts) == len(lines)


def test_jobs_stream_verdicts_in_file_order(fake_layers, toy):
    lines = [f"theorem T{i}.tested" for i in range(40)]
    seen: list[int] = []
    check_paths(
        [toy("many.lean", *lines)],
        CheckOptions(jobs=2),
        on_verdict=lambda v: seen.append(v.line),
    )
    assert seen == list(range(1, 41))


def test_check_imports_neither_conform_nor_numpy():
    import subprocess
    import sys
    from pathlib import Path

    spec = Path(__file__).resolve().parents[2] / "specs" / "jepa.lean"
    code = (
        "import sys; from jepa_formal.cli import main; "
        f"main(['check', {str(spec)!r}, '--format', 'json', '-o', '/dev/null', '-j', '1', "
        "'--no-cache']); "
        "print(sorted(m for m in ('jepa_formal.conform', 'numpy') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stderr


def test_run_options_from_flags_and_environment(monkeypatch):
    parser = cli.build_parser(["check"])
    args = parser.parse_args(["check"])
    monkeypatch.setenv("JEPA_FORMAL_JOBS", "3")
    assert cli._run_options(args)["jobs"] == 3
    monkeypatch.setenv("JEPA_FORMAL_JOBS", "many")
    assert cli._run_options(args)["jobs"] >= 1  # not a number: the number of cores
    assert cli._run_options(parser.parse_args(["check", "-j", "2"]))["jobs"] == 2
    assert cli._run_options(args)["cache_dir"] is None  # JEPA_FORMAL_NO_CACHE (conftest)
    monkeypatch.delenv("JEPA_FORMAL_NO_CACHE")
    assert cli._run_options(args)["cache_dir"] == ".jepa_formal_cache"
    assert cli._run_options(parser.parse_args(["check", "--no-cache"]))["cache_dir"] is None


@pytest.mark.parametrize("count", [1, 3, 9, 42, 400, 5000])
def test_worker_tasks_cover_every_theorem_in_order_shrinking_to_single_ones(count):
    from jepa_formal.parallel import MAX_CHUNK, chunks

    tasks = chunks(list(range(count)), 2)
    assert [i for task in tasks for i in task] == list(range(count))
    sizes = [len(task) for task in tasks]
    assert all(1 <= size <= MAX_CHUNK for size in sizes)
    assert sizes == sorted(sizes, reverse=True)  # the last tasks are the smallest
    assert sizes[-min(count, 3):] == [1] * min(count, 3)
    if count >= 400:  # few messages through the pool: each costs the parent ~1 ms of CPU
        assert len(tasks) < count // 8
