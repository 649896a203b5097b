"""Expected minimal counterexamples of the false-statement suite, as data the tests assert.

Why a table apart from the ``.lean`` file: the doc comments say in words what the minimal
counterexample is; this table says the part of it that minimality *determines*, in a form that
can be compared with ``Counterexample.bindings`` (binder name to value printed as Lean). We are
conservative: where several counterexamples are equally small (``xs = [1], ys = []`` versus
``xs = [], ys = [1]``), only the common part (the total list length) is asserted.

Fields of ``Expect``:

* ``total_length``: the sum of the lengths of every list/array binding (``[0, 0]`` counts 2).
* ``lengths``: the length of named list bindings.
* ``values``: exact binder values (compared as numbers or lists of numbers when they parse).
* ``sides``: for closed statements (no binders), the printed values of the left and right side.
* ``refuted_only``: nothing about the counterexample is determined; only ``refuted`` is asserted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

FALSE_STATEMENTS_FILE = "false_statements.lean"


@dataclass(frozen=True, slots=True)
class Expect:
    """What minimality determines about the shrunk counterexample of one false law."""

    total_length: int | None = None
    lengths: dict[str, int] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)
    sides: tuple[str, str] | None = None
    refuted_only: bool = False
    note: str = ""


E = Expect

FALSE_LAWS: dict[str, Expect] = {
    # --- losses over lists
    "lossSum_append_mul": E(total_length=1),
    "sum_append_mul": E(total_length=1),
    "lossSum_ext_wrong_list": E(total_length=1, lengths={"xs": 0, "ys": 1}),
    "lossSum_ext_no_hyp": E(lengths={"idxs": 1}),
    "meanLoss_append": E(lengths={"xs": 1, "ys": 1}),
    "meanLoss_replicate": E(values={"k": "0"}, note="every counterexample has k = 0"),
    "meanLoss_pos": E(values={"idxs": "[]"}),
    "lossSum_append_le": E(lengths={"xs": 0, "ys": 1}),
    "lossSum_lt_length": E(values={"idxs": "[]"}),
    "lossSum_filter_split": E(lengths={"idxs": 1}),
    "sum_list_eq_sum_toFinset": E(lengths={"idxs": 2}),
    "sum_map_const": E(values={"xs": "[]", "c": "1"}),
    # --- vacuous hypotheses
    "sum_of_all_neg": E(values={"xs": "[]"}),
    "length_of_irrefl": E(values={"xs": "[]"}),
    "sum_fin_zero": E(values={"xs": "[]"}),
    # --- ℕ truncated subtraction, floor division
    "nat_sub_add_cancel": E(values={"a": "0", "b": "1"}),
    "nat_sub_comm_of_le": E(values={"a": "0", "b": "1"}),
    "nat_sub_sub_eq": E(values={"a": "0", "b": "0", "c": "1"}),
    "nat_pred_succ": E(values={"a": "0"}),
    "nat_sub_lt_self": E(values={"a": "0", "b": "1"}),
    "nat_div_mul_cancel": E(values={"a": "1", "b": "0"}),
    "nat_mul_div_cancel": E(values={"a": "1", "b": "0"}),
    "nat_div_zero_id": E(values={"a": "1"}),
    "nat_mod_zero_eq_zero": E(values={"a": "1"}),
    "nat_half_cast": E(sides=("0", "1/2")),
    "nat_two_sub_three": E(sides=("3", "2")),
    # --- ℤ Euclidean division
    "int_div_pos_neg": E(sides=("-3", "-4")),
    "int_div_neg_pos": E(sides=("-4", "-3")),
    "int_div_neg_neg": E(sides=("4", "3")),
    "int_mod_neg_pos": E(sides=("1", "-1")),
    "int_mod_pos_neg": E(sides=("1", "-1")),
    "int_div_mul_cancel": E(refuted_only=True),
    "int_abs_sub": E(refuted_only=True),
    # --- ℝ division by zero
    "real_one_div_zero": E(sides=("0", "1")),
    "real_inv_zero_one": E(sides=("0", "1")),
    "real_div_self": E(values={"x": "0"}, note="the only counterexample"),
    "real_mul_div_cancel": E(values={"c": "0"}, note="every counterexample has c = 0"),
    "real_div_zero_id": E(refuted_only=True),
    # --- Float (Lean's `=` is reflexive, so NaN = NaN; the minimal split is forced)
    "float_sum_append": E(lengths={"xs": 2, "ys": 1}),
    "float_sum_reverse": E(lengths={"xs": 3}),
    "float_add_assoc": E(refuted_only=True),
    "float_add_sub_cancel": E(refuted_only=True),
    # --- Fin wrap-around
    "fin_add_val": E(values={"n": "2", "i": "1", "j": "1"}),
    "fin_sub_val": E(values={"n": "2", "i": "0", "j": "1"}),
    "fin_succ_val": E(values={"n": "0", "i": "0"}),
    "fin_mul_self_val": E(values={"n": "3", "i": "2"}),
    # --- folds, take/drop, zip, range, replicate
    "foldLoss_reverse": E(lengths={"xs": 2}),
    "foldLoss_eq_sum": E(lengths={"xs": 2}),
    "take_length_eq": E(values={"xs": "[]", "k": "1"}),
    "drop_append_take": E(lengths={"xs": 2}, values={"k": "1"}),
    "zip_length_left": E(lengths={"xs": 1, "ys": 0}),
    "zipWith_add_sum": E(total_length=1),
    "range_length_succ": E(values={"n": "0"}),
    "mem_range_self": E(values={"n": "0"}),
    "range_sum_gauss": E(values={"n": "1"}),
    "replicate_sum_self": E(values={"k": "0", "a": "1"}),
    # --- list shape
    "reverse_append_same": E(lengths={"xs": 1, "ys": 1}),
    "prod_append_add": E(values={"xs": "[]", "ys": "[]"}),
    "sum_cons_mul": E(values={"x": "1", "xs": "[]"}),
    "length_append_mul": E(total_length=1),
    "filter_append_filter_not": E(lengths={"xs": 2}),
    "filter_length_eq": E(lengths={"xs": 1}),
    "head_eq_sum": E(lengths={"xs": 2}),
    "getElem_mem": E(values={"xs": "[]", "i": "0"}),
    # --- variance hinge
    "hinge_eq_sub": E(refuted_only=True),
    "hinge_zero_wrong_dir": E(refuted_only=True),
    "hinge_pos_above_floor": E(refuted_only=True),
    # --- literals
    "float_tenths": E(refuted_only=True, note="how a Float prints is not asserted"),
    "fin_numeral_val": E(sides=("1", "3")),
    "real_sqrt_neg_four": E(sides=("0", "2")),
}
"""Every theorem of ``false_statements.lean`` by short name, with what its shrunk counterexample
must show."""


# ------------------------------------------------------------------------------------------
# Reading printed Lean values back
# ------------------------------------------------------------------------------------------

_ASCRIPTION = re.compile(r"^\((.*)\s*:\s*[^():]+\)$")


def split_top_level(text: str) -> list[str]:
    """Split ``a, [b, c], (d, e)`` at the commas that are not nested in brackets."""
    parts: list[str] = []
    depth = 0
    start = 0
    for pos, char in enumerate(text):
        if char in "([{⟨":
            depth += 1
        elif char in ")]}⟩":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(text[start:pos].strip())
            start = pos + 1
    tail = text[start:].strip()
    if tail or parts:
        parts.append(tail)
    return parts


def list_elements(printed: str) -> list[str] | None:
    """The top-level elements of a printed ``[…]``/``#[…]`` value, or None if not a list."""
    text = printed.strip()
    if text.startswith("#["):
        text = text[1:]
    if not (text.startswith("[") and text.endswith("]")):
        return None
    return split_top_level(text[1:-1])


def parse_number(printed: str) -> Fraction | None:
    """A printed number (``3``, ``-3``, ``1/2``, ``(1 : ℝ)``, ``0.5``) as a Fraction, else None."""
    text = printed.strip()
    match = _ASCRIPTION.match(text)
    if match:
        text = match.group(1)
    text = text.replace(" ", "")
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    try:
        return Fraction(text)
    except (ValueError, ZeroDivisionError):
        return None


def same_value(printed: str, expected: str) -> bool:
    """Compare a printed Lean value with an expected one: numerically, element-wise for lists,
    else as text with spaces removed."""
    got_elems, want_elems = list_elements(printed), list_elements(expected)
    if got_elems is not None or want_elems is not None:
        if got_elems is None or want_elems is None or len(got_elems) != len(want_elems):
            return False
        return all(same_value(g, w) for g, w in zip(got_elems, want_elems, strict=True))
    got_num, want_num = parse_number(printed), parse_number(expected)
    if got_num is not None and want_num is not None:
        return got_num == want_num
    return printed.replace(" ", "") == expected.replace(" ", "")


def mismatches(
    expect: Expect, bindings: dict[str, str], sides: tuple[str | None, str | None]
) -> list[str]:
    """Every way a counterexample (its printed bindings and sides) disagrees with ``expect``."""
    problems: list[str] = []
    if expect.total_length is not None:
        total = sum(len(e) for v in bindings.values() if (e := list_elements(v)) is not None)
        if total != expect.total_length:
            problems.append(f"total list length {total}, expected {expect.total_length}")
    for name, length in expect.lengths.items():
        if name not in bindings:
            problems.append(f"no binding for {name}")
            continue
        elems = list_elements(bindings[name])
        if elems is None or len(elems) != length:
            problems.append(f"{name} = {bindings[name]}, expected length {length}")
    for name, value in expect.values.items():
        if name not in bindings:
            problems.append(f"no binding for {name}")
        elif not same_value(bindings[name], value):
            problems.append(f"{name} = {bindings[name]}, expected {value}")
    if expect.sides is not None:
        lhs, rhs = sides
        if lhs is None or rhs is None:
            problems.append(f"sides not reported, expected {expect.sides}")
        elif not (same_value(lhs, expect.sides[0]) and same_value(rhs, expect.sides[1])):
            problems.append(f"sides {lhs} / {rhs}, expected {expect.sides[0]} / {expect.sides[1]}")
    return problems
