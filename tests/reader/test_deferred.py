"""Deferred theorem statements (``parse_text(defer=True)``, ``load_workload(defer=True)``):
read later, in a ``--jobs`` worker, they must give exactly what the walk gives when it reads
them at once: the same declarations, the same errors in the same order, the same entries
and the same verdicts."""

from __future__ import annotations

from jepa_formal.check import CheckOptions, check_paths, load_workload, resolved
from jepa_formal.reader.module import parse_text, with_deferred

SOURCE = """\
notation:65 a " ⊕⊕ " b => a + b + 1

namespace Spec

def double (n : ℕ) : ℕ := n + n

section Vars
variable {α : Type} (xs : List α)

theorem length_twice : (xs ++ xs).length = xs.length + xs.length := by
  simp

set_option autoImplicit false in
theorem double_eq (n : ℕ) : double n = 2 * n := by
  omega

open List in
theorem sum_append (ys zs : List ℕ) : (ys ++ zs).sum = ys.sum + zs.sum := by
  simp

end Vars

theorem broken (n : ℕ) : n + = n := by
  sorry

theorem «quoted name» (n : ℕ) : n ⊕⊕ 0 = n + 1 := by
  omega

example (n : ℕ) : double n = n + n := rfl

/-- A documented example: named by the line where its command starts. -/
example (n : ℕ) : n + 0 = n := rfl

@[simp] theorem with_attribute (n : ℕ) : n * 1 = n := by
  simp

theorem
  name_on_next_line (n : ℕ) : n = n := rfl

theorem fun (n : ℕ) : n = n := rfl

theorem notation_use (a : ℕ) : a ⊕⊕ a = 2 * a + 1 := by
  omega

theorem also_broken (n : ℕ) : (n = n := by
  sorry

lemma last (n : ℕ) : n * 1 = n := by
  simp

end Spec

theorem Other.unshared_bad (n : ℕ) : n ++ := by
  sorry

theorem Fresh.unshared_good (n : ℕ) : n = n := rfl
"""


def _forced(module):
    decls, errors = [], list(module.errors)
    for item in with_deferred(module):
        if hasattr(item, "force"):
            read, failed = item.force()
            decls.extend(read)
            errors.extend(failed)
        else:
            decls.append(item)
    return decls, sorted(errors, key=lambda e: (e.line, e.column))


def test_deferred_statements_read_later_are_what_the_walk_reads() -> None:
    eager = parse_text(SOURCE, "spec.lean")
    lazy = parse_text(SOURCE, "spec.lean", defer=True)
    assert not eager.deferred
    assert len(lazy.deferred) == 12
    # read at once: a «quoted» name, a name on the next line, a keyword as the name
    assert [d.name for d in lazy.decls if d.kind == "theorem"] == [
        "Spec.quoted name", "Spec.name_on_next_line", "Spec.fun"]
    decls, errors = _forced(lazy)
    assert decls == list(eager.decls)
    assert [(e.line, e.column, e.message, e.decl_name) for e in errors] == [
        (e.line, e.column, e.message, e.decl_name) for e in eager.errors]
    assert len(eager.errors) == 3
    assert [d.name for d in lazy.deferred if not d.force()[1]] == [
        d.name for d in eager.decls if d.kind in ("theorem", "lemma", "example")
        and d.name not in ("Spec.quoted name", "Spec.name_on_next_line", "Spec.fun")]


def test_a_deferred_load_has_the_entries_errors_and_names_of_an_eager_one(tmp_path) -> None:
    path = tmp_path / "spec.lean"
    path.write_text(SOURCE, encoding="utf-8")
    options = CheckOptions(jobs=2)
    eager = load_workload([str(path)], options)
    lazy = load_workload([str(path)], options, defer=True)
    assert any(e.deferred is not None for e in lazy.entries)
    read = [resolved(e) for e in lazy.entries]
    ok = [e for e in read if not isinstance(e, tuple)]
    failed = [err for e in read if isinstance(e, tuple) for err in e]
    assert [(e.name, e.line, e.column, e.theorem) for e in ok] == [
        (e.name, e.line, e.column, e.theorem) for e in eager.entries]
    # a theorem whose namespace no declaration shares is read at load (it decides the
    # names read, which tell `invalid` from `unsupported`): its error is reported at once
    assert {e.read_namespaces for e in lazy.entries} == {e.read_namespaces for e in eager.entries}
    assert "Fresh" in eager.entries[0].read_namespaces
    assert "Other" not in eager.entries[0].read_namespaces
    merged = sorted([*lazy.parse_errors, *failed], key=lambda e: (e.line, e.column))
    assert [e.render() for e in merged] == [e.render() for e in eager.parse_errors]


def test_jobs_report_the_parse_errors_and_verdicts_of_one_job(tmp_path) -> None:
    lines = [f"theorem t{i} (a b : ℕ) : a + b + {i} = b + a + {i} := by\n  omega\n"
             for i in range(10)]
    lines.insert(4, "theorem bad (a : ℕ) : a + = a := by\n  sorry\n")
    lines.insert(8, "theorem bad2 (a : ℕ) : (a = a := by\n  sorry\n")
    path = tmp_path / "many.lean"
    # a definition in the namespace: the theorems' statements are read by the workers
    path.write_text("namespace M\ndef one : ℕ := 1\n" + "".join(lines) + "end M\n",
                    encoding="utf-8")
    serial = check_paths([str(path)], CheckOptions(jobs=1, max_examples=50))
    forked = check_paths([str(path)], CheckOptions(jobs=2, max_examples=50))
    strip = lambda v: (v.name, v.status, v.line, v.detail, v.statement)  # noqa: E731
    assert [strip(v) for v in forked.verdicts] == [strip(v) for v in serial.verdicts]
    assert len(serial.verdicts) == 10
    assert [e.render() for e in forked.parse_errors] == [e.render() for e in serial.parse_errors]
    assert len(serial.parse_errors) == 2
    assert forked.exit_code == serial.exit_code == 2
    assert forked.planned == serial.planned == 10
    # -k: a statement that is not checked but does not parse is still reported
    for pattern in ("t1", "t*"):
        serial = check_paths([str(path)], CheckOptions(jobs=1, max_examples=50, pattern=pattern))
        forked = check_paths([str(path)], CheckOptions(jobs=2, max_examples=50, pattern=pattern))
        assert [strip(v) for v in forked.verdicts] == [strip(v) for v in serial.verdicts]
        assert [e.render() for e in forked.parse_errors] == [
            e.render() for e in serial.parse_errors]
        assert len(serial.parse_errors) == 2
        assert forked.exit_code == serial.exit_code == 2
        # check_paths reads every statement at load under -k; a deferred load reads those
        # -k leaves out at load
        options = CheckOptions(jobs=2, pattern=pattern)
        eager, lazy = load_workload([str(path)], options), load_workload(
            [str(path)], options, defer=True)
        assert [e.render() for e in lazy.parse_errors] == [
            e.render() for e in eager.parse_errors]
        assert [e.name for e in lazy.entries] == [e.name for e in eager.entries]


def test_jobs_with_a_name_filter_still_report_every_parse_error(tmp_path) -> None:
    """``-k X.keep`` left the broken statement out: deferred, it was never read, so ``-j 2``
    lost its parse error (and exit code 2) that ``-j 1`` reports (red team 7)."""
    path = tmp_path / "k.lean"
    path.write_text("namespace X\ntheorem keep (n : ℕ) : n + 1 = n := by sorry\n"
                    "theorem broken (xs : List ℕ) : xs.map (fun x => ) = xs := by sorry\n"
                    "def f (n : ℕ) : ℕ := n * 3\nend X\n", encoding="utf-8")
    runs = [check_paths([str(path)], CheckOptions(jobs=j, max_examples=50, pattern="X.keep"))
            for j in (1, 2)]
    assert [len(r.parse_errors) for r in runs] == [1, 1]
    assert [r.exit_code for r in runs] == [2, 2]
    assert [[v.name for v in r.verdicts] for r in runs] == [["X.keep"], ["X.keep"]]
