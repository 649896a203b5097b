"""mirror.elaborate: Lean syntax (the reader's AST) to the typed core language.

``elaborator`` holds the ``Elaborator`` (literals, operators, casts), a walker whose parts
register handlers for their nodes: ``apps`` (applications and signatures), ``binders``
(lambdas, quantifiers, big operators), ``data`` (structures, tuples, lists); ``read_types``
reads types, ``subst`` instantiates parameters, ``patterns`` reads match and equation patterns
and ``decls`` definitions, theorems, structures as declarations; ``context`` is the type of
the local scope they all take; ``entry`` the two entry points.
"""

from jepa_formal.mirror.elaborate.elaborator import UNSUPPORTED_SYNTAX
from jepa_formal.mirror.elaborate.entry import elaborate_term, elaborate_theorem

__all__ = ["UNSUPPORTED_SYNTAX", "elaborate_term", "elaborate_theorem"]
