"""``==`` at a type variable means ``=`` only under a lawful equality class.

Why: a bare ``[BEq α]`` is any Boolean function (``⟨fun _ _ => false⟩`` is an instance, and
``Float``'s IEEE ``==`` makes ``NaN == NaN`` false), so ``(x == x) = true`` and
``[x].count x = 1`` are false laws there; reading ``==`` as ``=`` proved them (a red-team
finding). With ``[DecidableEq α]`` or ``[LawfulBEq α]`` the same laws are true.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

LAWS = """
namespace BeqTV
theorem beq_refl_f {α : Type} [BEq α] (x : α) : (x == x) = true := sorry
theorem count_single_f {α : Type} [BEq α] (x : α) : [x].count x = 1 := sorry
theorem beq_symm_f {α : Type} [BEq α] (x y : α) : (x == y) = (y == x) := sorry
theorem contains_f {α : Type} [BEq α] (x : α) : [x].contains x = true := sorry
theorem beq_symm_t {α : Type} [DecidableEq α] (x y : α) : (x == y) = (y == x) := sorry
theorem count_single_t {α : Type} [LawfulBEq α] [BEq α] (x : α) : [x].count x = 1 := sorry
theorem mem_t {α : Type} (x : α) : x ∈ [x] := sorry
end BeqTV
"""


def _statuses(tmp_path: Path) -> dict[str, str]:
    path = tmp_path / "beq.lean"
    path.write_text(LAWS, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "jepa_formal", "check", str(path), "--format",
                          "json", "--max-examples", "300"], capture_output=True, text=True,
                         check=False)
    return {r["name"].rsplit(".", 1)[-1]: r["status"] for r in json.loads(out.stdout)["results"]}


def test_bare_beq_at_a_type_variable_is_never_read_as_eq(tmp_path: Path) -> None:
    got = _statuses(tmp_path)
    for name in ("beq_refl_f", "count_single_f", "beq_symm_f", "contains_f"):
        assert got[name] == "unsupported", (name, got[name])
    assert got["beq_symm_t"] == "proved"
    assert got["mem_t"] == "proved"
    assert got["count_single_t"] in ("proved", "bounded", "tested")
