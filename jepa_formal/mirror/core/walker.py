"""The one dispatcher of the mirror: a handler per node type, found through a table built once
per walker class.

Why one base: the elaborator (syntax → core), the symbolic translator (core → SymPy) and the
concrete compiler (core → closures) each dispatch on the class of a node. Written three times,
the copies drifted (one lost the ``TypeMismatch`` subclass when it re-attached a span, another
never re-attached spans). A walker's handlers come from two places, merged into one table when
the class is created:

- its own methods named ``<prefix><NodeClass>`` (the prefix is the class attribute
  ``HANDLER_PREFIX``: ``visit_`` or ``e_``);
- the ``Handlers`` of its parts (class attribute ``PARTS``): a part is a module of plain
  functions taking the walker as a typed first argument, each registered for its node types
  with ``@HANDLERS.on(NodeClass)``. A large walker (the elaborator) is split this way instead
  of into mixins, which would need stand-in attributes for what the walker provides.

A node type with two handlers is an error when the class is created. ``dispatch`` looks the
node's exact class up (cached by type; a subclass of a node needs a handler of its own, so
nothing is handled by accident), and every ``Unsupported`` raised below a node without a source
position gets the node's span, keeping its class.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from jepa_formal.errors import Unsupported

Handler = Callable[..., Any]
H = TypeVar("H", bound=Handler)


class Handlers:
    """The handlers one part of a walker registers, by node type; the walker lists the part in
    its ``PARTS``. A handler is called as ``handler(walker, node, *args)``."""

    __slots__ = ("name", "table")

    def __init__(self, name: str) -> None:
        self.name = name
        self.table: dict[type, Handler] = {}

    def on(self, *node_types: type) -> Callable[[H], H]:
        """Register the decorated function as the handler of ``node_types``."""

        def register(fn: H) -> H:
            for node_type in node_types:
                if node_type in self.table:
                    raise TypeError(f"{self.name}: two handlers for {node_type.__name__}")
                self.table[node_type] = fn
            return fn

        return register


class Walker:
    """Base of every walker over syntax or core nodes; see the module docstring."""

    __slots__ = ()
    HANDLER_PREFIX: ClassVar[str] = "visit_"
    PARTS: ClassVar[tuple[Handlers, ...]] = ()
    _handlers_by_name: ClassVar[dict[str, Handler]] = {}
    _parts_by_type: ClassVar[dict[type, Handler]] = {}
    _handlers_by_type: ClassVar[dict[type, Handler | None]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        prefix = cls.HANDLER_PREFIX
        table: dict[str, Handler] = {}
        for klass in reversed(cls.__mro__):
            for name, attr in vars(klass).items():
                if name.startswith(prefix) and callable(attr):
                    table[name[len(prefix):]] = attr
        by_type: dict[type, Handler] = {}
        for part in cls.PARTS:
            for node_type, fn in part.table.items():
                if node_type in by_type or node_type.__name__ in table:
                    raise TypeError(f"{cls.__name__}: two handlers for {node_type.__name__} "
                                    f"(one in {part.name})")
                by_type[node_type] = fn
        cls._handlers_by_name = table
        cls._parts_by_type = by_type
        cls._handlers_by_type = dict(by_type)

    @classmethod
    def handler_for(cls, node_type: type) -> Handler | None:
        """The handler of a node class (by its name), or None."""
        try:
            return cls._handlers_by_type[node_type]
        except KeyError:
            found = cls._handlers_by_name.get(node_type.__name__)
            cls._handlers_by_type[node_type] = found
            return found

    @classmethod
    def handled_names(cls) -> frozenset[str]:
        """The node-class names this walker has a handler for."""
        return frozenset(cls._handlers_by_name) | {t.__name__ for t in cls._parts_by_type}

    def no_handler(self, node: Any) -> Unsupported:
        """What a node without a handler means to this walker (overridden for a better word)."""
        return Unsupported(type(node).__name__, getattr(node, "span", None))

    def dispatch(self, node: Any, *args: Any) -> Any:
        """Run the handler of ``node``'s class; an ``Unsupported`` without a position gets the
        node's span (same exception class, same construct and reason)."""
        handler = self.handler_for(type(node))
        if handler is None:
            raise self.no_handler(node)
        try:
            return handler(self, node, *args)
        except Unsupported as err:
            span = getattr(node, "span", None)
            if err.span is None and span is not None:
                raise type(err)(err.construct, span, err.reason) from None
            raise


__all__ = ["Handler", "Handlers", "Walker"]
