"""mirror.core: the typed core language that the three meanings share.

``terms`` (types, terms, laws, definition records), ``values`` (runtime values of the concrete
meaning: ``Some``, ``TableFn``, ``StructValue``), ``env`` (the environment of a project's
definitions and structures), ``prelude`` (the Lean constants the mirror models, with their types)
and ``unify`` (metavariables and unification, used by the elaborator).
"""

from jepa_formal.mirror.core.env import Env
from jepa_formal.mirror.core.terms import Expr, Law, Ty
from jepa_formal.mirror.core.unify import show_ty
from jepa_formal.mirror.core.values import Some, StructValue, TableFn, show_value

__all__ = ["Env", "Expr", "Law", "Some", "StructValue", "TableFn", "Ty", "show_ty", "show_value"]
