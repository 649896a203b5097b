"""``where`` helpers that use their declaration's parameters, and polymorphic definitions
called at ℕ/ℤ/ℚ.

Lean elaborates a ``where`` helper as a ``let rec``: ``scaled.helper`` takes the captured ``c``
first (``scaled.helper c [1, 2]`` from outside) while ``helper xs`` inside ``scaled`` means
``scaled.helper c xs``. Both were read wrongly before: every law mentioning ``scaled`` was
``invalid`` ("unknown identifier 'c'"). A definition ``def dbl [Add α] (x : α)`` called at ℕ
evaluates with ℕ's own operations (truncated subtraction, Euclidean division at ℤ).
"""

from __future__ import annotations

from typing import Any

from jepa_formal.reader.module import parse_text
from jepa_formal.reader.printer import print_decl

from ._lean import statuses

WHERE = """
def scaled (c : ℕ) (xs : List ℕ) : List ℕ := helper xs
where
  helper : List ℕ → List ℕ
  | [] => []
  | x :: rest => (c * x) :: helper rest

theorem s1 (c : ℕ) (xs : List ℕ) : (scaled c xs).length = xs.length := by sorry
theorem s2 (c : ℕ) : scaled.helper c [1, 2] = [c, 2 * c] := by sorry
theorem s3 (c : ℕ) : scaled.helper c [1, 2] = [c, c] := by sorry
theorem s4 (c : ℕ) (xs : List ℕ) : (scaled c xs).sum = c * xs.sum := by sorry

def total {α : Type} [AddCommMonoid α] (z : α) (xs : List α) : α := go xs
where
  go : List α → α
  | [] => z
  | x :: rest => x + go rest

theorem t2 (z : ℤ) (xs : List ℤ) : total z xs = xs.sum + z := by sorry
theorem t3 (z : ℤ) (xs : List ℤ) : total z xs = xs.sum := by sorry

def count2 (n : ℕ) (v : Fin n) : ℕ := loop 0
where
  loop (i : ℕ) : ℕ := if i < (v : ℕ) then i + 1 else i

theorem c2 (n : ℕ) (v : Fin (n + 1)) :
    count2.loop (n + 1) v 0 = if 0 < (v : ℕ) then 1 else 0 := by sorry
theorem c3 (n : ℕ) (v : Fin (n + 1)) : count2.loop (n + 1) v 0 = 1 := by sorry

def f (n : ℕ) : ℕ := go n
where go (n : ℕ) : ℕ := n + 1

theorem f1 (k : ℕ) : f k = k + 1 := by sorry
theorem f2 (k : ℕ) : f.go k = k + 1 := by sorry
"""

POLY = """
def sb {α : Type} [Sub α] (a b : α) : α := a - b
def dv {α : Type} [Div α] (a b : α) : α := a / b
theorem s1 : sb (2 : ℕ) 3 = 0 := by decide
theorem s2 : sb (2 : ℤ) 3 = -1 := by decide
theorem s3 (a b : ℕ) : sb a b + b = a := by sorry
theorem v1 : dv (-7 : ℤ) 2 = -4 := by decide
theorem v2 : dv (7 : ℕ) 0 = 0 := by decide
theorem v3 : dv (1 : ℚ) 0 = 0 := by sorry
theorem v4 (a : ℚ) : dv a 2 * 2 = a := by sorry
theorem v5 : dv (-7 : ℤ) 2 = -3 := by decide
"""




def test_captured_parameters_are_passed(tmp_path: Any) -> None:
    got = statuses(tmp_path, WHERE)
    assert {n: s for n, s in got.items() if s in ("invalid", "unsupported", "error")} == {}
    assert {n for n, s in got.items() if s == "refuted"} == {"s3", "t3", "c3"}
    assert {"s1", "s2", "s4", "c2", "f1", "f2"} <= {n for n, s in got.items() if s == "proved"}


def test_the_reader_keeps_the_helper_as_written() -> None:
    """The capture is made explicit for the environment only: the source's helper prints as
    written (the parser's round trip)."""
    module = parse_text(WHERE, "W.lean")
    scaled = next(d for d in module.decls if d.name == "scaled")
    assert "helper : List ℕ → List ℕ" in print_decl(scaled)
    assert "helper (c" not in print_decl(scaled)


def test_polymorphic_definitions_at_standard_types(tmp_path: Any) -> None:
    got = statuses(tmp_path, POLY)
    assert {n for n, s in got.items() if s == "refuted"} == {"s3", "v5"}
    assert {n for n, s in got.items() if s not in ("proved", "bounded", "tested", "refuted")} \
        == set()


SHADOWED = """
def lsh (c : ℕ) (n : ℕ) : ℕ :=
  let c := c + 100
  h n + c
where
  h (n : ℕ) : ℕ := n * c
theorem l1 : lsh 1 2 = 103 := by sorry
theorem l1_bad : lsh 1 2 = 303 := by sorry

def pat (c : ℕ) (xs : List ℕ) : ℕ := go xs
where
  go : List ℕ → ℕ
    | [] => c
    | c :: r => c + go r
theorem p1 : pat 100 [1, 2] = 103 := by sorry
theorem p1_bad : pat 100 [1, 2] = 5 := by sorry

def viaFun (c : ℕ) (xs : List ℕ) : List ℕ := xs.map (fun c => g c)
where
  g (x : ℕ) : ℕ := x + c
theorem v1 : viaFun 10 [1, 2] = [11, 12] := by sorry
theorem v1_bad : viaFun 10 [1, 2] = [2, 4] := by sorry
"""


def test_a_helper_sees_the_parameter_even_where_its_name_is_rebound(tmp_path: Any) -> None:
    """Red team 7: the captured parameter was passed by name at the call site, where a
    ``let c``, a ``fun c`` or a pattern ``c :: r`` had rebound it (``lsh 1 2 = 303`` was
    proved; Lean's helper sees the parameter: 103). The parameter is renamed apart."""
    got = statuses(tmp_path, SHADOWED)
    assert got == {"l1": "proved", "l1_bad": "refuted", "p1": "proved", "p1_bad": "refuted",
                   "v1": "proved", "v1_bad": "refuted"}
