"""What an ``open`` command exposes: ``open X``, ``open X (a b)``, ``open X hiding a``,
``open X renaming a → b``.

Why: a declaration's ``opens`` are kept as strings (``"X"``, ``"X (a b)"``, ``"X hiding a b"``,
``"X renaming a → b"``) so the syntax tree stays plain data; name resolution (the reader's for
the specs' own declarations, the elaborator's for library constants too) reads them back here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OpenSpec:
    """One ``open``: the namespace, the names it is restricted to (``open X (a b)``), the names
    it hides, and renamings ``a → b`` (new name → old name)."""

    namespace: str
    only: frozenset[str] | None = None
    hiding: frozenset[str] = frozenset()
    renaming: tuple[tuple[str, str], ...] = ()

    def candidate(self, name: str) -> str | None:
        """The full name ``name`` denotes through this ``open``, if any."""
        for new, old in self.renaming:
            if name == new:
                return f"{self.namespace}.{old}"
        if self.renaming:
            return None
        if self.only is not None:
            return f"{self.namespace}.{name}" if name in self.only else None
        if name.split(".", 1)[0] in self.hiding:
            return None
        return f"{self.namespace}.{name}"


def open_spec(entry: str) -> OpenSpec:
    """Read the reader's ``open`` entry (``"X"``, ``"X (a b)"``, ``"X hiding a"``…)."""
    head, _, rest = entry.partition(" ")
    rest = rest.strip()
    if not rest:
        return OpenSpec(head)
    if rest.startswith("("):
        return OpenSpec(head, only=frozenset(rest.strip("()").split()))
    if rest.startswith("hiding"):
        return OpenSpec(head, hiding=frozenset(rest[len("hiding"):].split()))
    if rest.startswith("renaming"):
        pairs = []
        for part in rest[len("renaming"):].split(","):
            old, _, new = part.replace("->", "→").partition("→")
            if old.strip() and new.strip():
                pairs.append((new.strip(), old.strip()))
        return OpenSpec(head, renaming=tuple(pairs))
    return OpenSpec(head)


def open_entries(text: str) -> list[str]:
    """The ``opens`` entries of the text after ``open`` (before any ``in``)."""
    words = text.replace("scoped ", " ").strip()
    only = re.fullmatch(r"(\S+)\s*\((.*)\)\s*", words, re.S)
    if only is not None:
        return [f"{only.group(1)} ({' '.join(only.group(2).split())})"]
    for keyword in ("hiding", "renaming"):
        found = re.fullmatch(rf"(\S+)\s+{keyword}\b(.*)", words, re.S)
        if found is not None:
            return [f"{found.group(1)} {keyword} {' '.join(found.group(2).split())}"]
    return [w for w in re.split(r"[\s()]+", words) if w and w != "scoped"]


__all__ = ["OpenSpec", "open_entries", "open_spec"]
