"""The dataclass method cache (``methodcache.py``): same methods, compiled once, safe file.

Each test uses its own table file (``tmp_path``) through a fresh ``_Table``, so the process's
installed table and the package's ``__pycache__`` are left alone.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from jepa_formal import methodcache


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[methodcache._Table]:
    table = methodcache._Table(str(tmp_path / "__pycache__" / "methods.marshal"),
                               owners=(__name__,))
    monkeypatch.setattr(dataclasses, "exec", table.exec, raising=False)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    yield table


def make() -> type:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Node:
        name: str
        children: tuple[int, ...] = ()
        weight: int = dataclasses.field(default=1, compare=False)

        def total(self) -> int:
            return sum(self.children) * self.weight

    return Node


def plain() -> type:
    """``make()`` with the builtin ``exec`` (what the cache must reproduce)."""
    saved = vars(dataclasses).pop("exec", None)
    try:
        return make()
    finally:
        if saved is not None:
            dataclasses.exec = saved  # type: ignore[attr-defined]


def test_cached_methods_are_the_methods_exec_compiles(table: methodcache._Table) -> None:
    cached, reference = make(), plain()
    for method in ("__init__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        mine, theirs = getattr(cached, method), getattr(reference, method)
        assert mine.__code__.co_code == theirs.__code__.co_code, method
        assert mine.__code__.co_varnames == theirs.__code__.co_varnames, method
        assert mine.__annotations__.keys() == theirs.__annotations__.keys(), method
    a, b = cached("x", (1, 2), weight=3), cached("x", (1, 2))
    assert a == b and hash(a) == hash(b) and a.total() == 9
    assert repr(b).endswith("Node(name='x', children=(1, 2), weight=1)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.name = "y"  # type: ignore[misc]
    assert table.new > 0


def test_a_saved_table_answers_the_next_process_without_compiling(
        table: methodcache._Table) -> None:
    make()
    table.save()
    again = methodcache._Table(table.path, owners=(__name__,))
    assert again.codes.keys() == table.codes.keys()
    dataclasses.exec = again.exec  # type: ignore[attr-defined]  (restored by monkeypatch)
    node = make()("y")
    assert again.new == 0 and again.used
    assert node.children == () and node.weight == 1


def test_nothing_is_written_without_bytecode_writing(
        table: methodcache._Table, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    make()
    table.save()
    assert not Path(table.path).exists()


@pytest.mark.parametrize("content", [b"", b"not marshal at all", b"\xe9\x00\x00\x00\x00"])
def test_a_corrupt_or_foreign_file_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "methods.marshal"
    path.write_bytes(content)
    assert methodcache._Table(str(path)).codes == {}


def test_a_table_of_the_wrong_shape_is_ignored(tmp_path: Path) -> None:
    import marshal

    path = tmp_path / "methods.marshal"
    path.write_bytes(marshal.dumps({"def f(): pass": "not code", 3: compile("1", "", "eval")}))
    assert methodcache._Table(str(path)).codes == {}


def test_the_package_installs_it_for_its_own_dataclasses() -> None:
    import jepa_formal  # noqa: F401  (installs on import)

    assert methodcache._installed is not None
    assert vars(dataclasses)["exec"] == methodcache._installed.exec


def test_a_program_s_own_dataclasses_are_left_alone(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Only this package's dataclasses go through the table: a user's (here this test
    module's, which is not an owner) are compiled as Python always does, never stored."""
    table = methodcache._Table(str(tmp_path / "methods.marshal"))
    monkeypatch.setattr(dataclasses, "exec", table.exec, raising=False)
    node = make()("z", (2,))
    assert node.total() == 2
    assert table.new == 0 and not table.used
