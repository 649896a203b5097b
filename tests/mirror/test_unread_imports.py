"""An unknown name says which unread import may define it."""

from __future__ import annotations

from pathlib import Path

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.verdict import Status


def test_unknown_name_names_the_unread_project_import(tmp_path: Path) -> None:
    folder = tmp_path / "NN" / "Spec"
    folder.mkdir(parents=True)
    path = folder / "Use.lean"
    path.write_text("import NN.Spec.RL.Core\nimport Mathlib.Data.Real.Basic\n\n"
                    "theorem t (x : ℕ) : policyValue x = policyValue x := rfl\n",
                    encoding="utf-8")
    run = check_paths([str(path)], CheckOptions(seed=0, root=str(tmp_path)))
    (verdict,) = run.verdicts
    assert verdict.status is Status.UNSUPPORTED
    assert "unknown name 'policyValue'" in verdict.detail
    assert "perhaps from the unread import NN.Spec.RL.Core" in verdict.detail
