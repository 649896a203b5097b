"""The helpers that compare a printed counterexample with an expectation: they must accept the
right instance and reject the wrong one, or the false-statement tests prove nothing."""

from __future__ import annotations

from fractions import Fraction

from expectations import Expect, list_elements, mismatches, parse_number, same_value


def test_list_elements_counts_top_level_elements() -> None:
    assert list_elements("[]") == []
    assert list_elements("#[]") == []
    assert list_elements("[0, 1]") == ["0", "1"]
    assert list_elements("#[(0, 1), (2, 3)]") == ["(0, 1)", "(2, 3)"]
    assert list_elements("[[0, 1], []]") == ["[0, 1]", "[]"]
    assert list_elements("3") is None
    assert list_elements("fun i => [0]") is None


def test_parse_number_reads_lean_numbers() -> None:
    assert parse_number("-3") == -3
    assert parse_number("1/2") == Fraction(1, 2)
    assert parse_number("(1 : ℝ)") == 1
    assert parse_number("(-1/2 : ℝ)") == Fraction(-1, 2)
    assert parse_number("0.5") == Fraction(1, 2)
    assert parse_number("[0]") is None


def test_same_value_is_numeric_and_elementwise() -> None:
    assert same_value("[0,1]", "[0, 1]")
    assert same_value("(0 : ℝ)", "0")
    assert not same_value("[0, 1]", "[1, 0]")
    assert not same_value("[0]", "[0, 0]")
    assert not same_value("-3", "3")
    assert not same_value("[]", "0")


def test_mismatches_accepts_the_expected_instance() -> None:
    expect = Expect(total_length=1, lengths={"xs": 0, "ys": 1}, values={"k": "0"})
    assert mismatches(expect, {"xs": "[]", "ys": "[2]", "k": "0", "n": "3"}, (None, None)) == []


def test_mismatches_reports_each_difference() -> None:
    expect = Expect(total_length=1, lengths={"xs": 0, "ys": 1}, values={"k": "0"})
    found = mismatches(expect, {"xs": "[1]", "ys": "[2]", "k": "1"}, (None, None))
    assert found == [
        "total list length 2, expected 1",
        "xs = [1], expected length 0",
        "k = 1, expected 0",
    ]
    assert mismatches(expect, {}, (None, None)) == [
        "total list length 0, expected 1",
        "no binding for xs",
        "no binding for ys",
        "no binding for k",
    ]


def test_mismatches_compares_sides_of_closed_statements() -> None:
    expect = Expect(sides=("-3", "-4"))
    assert mismatches(expect, {}, ("-3", "-4")) == []
    assert mismatches(expect, {}, ("-4", "-4")) != []
    assert mismatches(expect, {}, (None, None)) != []
