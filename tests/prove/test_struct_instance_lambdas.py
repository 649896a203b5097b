"""A user instance on a structure, ``instance : Add V := ⟨fun a b => ⟨a.x + b.x, …⟩⟩``, is
applied parameter by parameter (red team, session 10).

A structure parameter of a SymPy ``Lambda`` is a tuple of field symbols, so the function has
two parameters but four variables; counting variables sent the application down the partial
path, which bound a whole structure to one field symbol: SymPy warned (``Add`` of a
``Tuple``), the translation failed and the laws were only tested. Now they are proved, and a
false twin is still refuted."""

from __future__ import annotations

import warnings

import pytest

from jepa_formal.check import CheckOptions, check_paths
from jepa_formal.verdict import Status

HEAD = """
structure V where
  x : ℤ
  y : ℤ

"""
LAWS = {
    "instance : Add V := ⟨fun a b => ⟨a.x + b.x, a.y + b.y⟩⟩": {
        "add_comm_V": Status.PROVED, "add_assoc_V": Status.PROVED, "add_x_V": Status.PROVED},
    "instance : Add V := ⟨fun a b => ⟨a.x, b.y⟩⟩": {
        "add_comm_V": Status.REFUTED, "add_assoc_V": Status.PROVED, "add_x_V": Status.REFUTED},
}
STATEMENTS = """
theorem add_comm_V (a b : V) : a + b = b + a := by sorry
theorem add_assoc_V (a b c : V) : a + b + c = a + (b + c) := by sorry
theorem add_x_V (a b : V) : (a + b).x = a.x + b.x := by sorry
"""


@pytest.mark.parametrize("instance", sorted(LAWS))
def test_structure_instances_translate_without_warnings(tmp_path, instance: str) -> None:
    path = tmp_path / "inst.lean"
    path.write_text(HEAD + instance + "\n" + STATEMENTS, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # SymPy's deprecation warning was the symptom
        run = check_paths([str(path)], CheckOptions(timeout=5.0, max_examples=200,
                                                    cache_dir=None))
    got = {v.name: v.status for v in run.verdicts}
    assert got == LAWS[instance], [(v.name, v.status, v.detail) for v in run.verdicts]
    assert not any(v.prover_errors for v in run.verdicts)


def test_partial_application_binds_a_structure_field_by_field() -> None:
    import sympy

    from jepa_formal.mirror.symbolic import lists as L
    from jepa_formal.mirror.symbolic.translator import apply

    class Ctx:
        count = 0

        def fresh_name(self, base: str) -> str:
            self.count += 1
            return f"{base}·f{self.count}"

    ax, ay, bx, by = sympy.symbols("ax ay bx by")
    fn = sympy.Lambda(((ax, ay), (bx, by)), sympy.Tuple(ax + bx, ay * by))
    u, v, w, z = sympy.symbols("u v w z")
    assert apply(Ctx(), fn, [sympy.Tuple(u, v), sympy.Tuple(w, z)]) == sympy.Tuple(u + w, v * z)
    partial = apply(Ctx(), fn, [sympy.Tuple(u, v)])
    assert isinstance(partial, L.Fn) and len(partial.signature) == 1
    assert partial(sympy.Tuple(w, z)) == sympy.Tuple(u + w, v * z)
