"""The one dispatcher of the mirror: a handler per node type, found through a table built once
per walker class.

Why one base: the elaborator (syntax → core), the symbolic translator (core → SymPy) and the
concrete compiler (core → closures) each dispatch on the class of a node. Written three times,
the copies drifted (one lost the ``TypeMismatch`` subclass when it re-attached a span, another
never re-attached spans). Here a subclass names its handlers ``<prefix><NodeClass>`` (the
prefix is the class attribute ``HANDLER_PREFIX``: ``visit_`` or ``e_``); ``__init_subclass__``
collects them by node-class name once, ``dispatch`` looks the node's exact class up (cached by
type; a subclass of a node needs a handler of its own, so nothing is handled by accident), and
every ``Unsupported`` raised below a node without a source position gets the node's span,
keeping its class.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from jepa_formal.errors import Unsupported

Handler = Callable[..., Any]


class Walker:
    """Base of every walker over syntax or core nodes; see the module docstring."""

    __slots__ = ()
    HANDLER_PREFIX: ClassVar[str] = "visit_"
    _handlers_by_name: ClassVar[dict[str, Handler]] = {}
    _handlers_by_type: ClassVar[dict[type, Handler | None]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        prefix = cls.HANDLER_PREFIX
        table: dict[str, Handler] = {}
        for klass in reversed(cls.__mro__):
            for name, attr in vars(klass).items():
                if name.startswith(prefix) and callable(attr):
                    table[name[len(prefix):]] = attr
        cls._handlers_by_name = table
        cls._handlers_by_type = {}

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
        return frozenset(cls._handlers_by_name)

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


__all__ = ["Handler", "Walker"]
