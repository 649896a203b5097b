"""Fixtures of the CLI/report tests: fake lower layers and toy spec files."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

# The fakes sit beside this file; make them importable whatever pytest's import mode.
sys.path.insert(0, str(Path(__file__).parent))
import cli_fakes


@pytest.fixture
def fake_layers(monkeypatch: pytest.MonkeyPatch) -> cli_fakes.Recorder:
    return cli_fakes.install(monkeypatch)


@pytest.fixture
def toy(tmp_path: Path) -> Callable[..., str]:
    """Write a toy spec file (see ``cli_fakes.read_toy``) and return its path as a string."""

    def write(name: str, *lines: str) -> str:
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return str(path)

    return write
