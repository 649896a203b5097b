"""Would Lean itself reject this statement? The line between ``invalid`` and ``unsupported``.

Why a module of its own: ``unsupported`` means "Lean accepts this, the mirror does not model
it", which must never fail a run; ``invalid`` means "Lean would reject this file" (a typo, a
wrong type), which must. Getting that line wrong either passes a broken spec or fails a good
one, so the rule is written down here, once, and errs towards ``unsupported``:

* an unknown name is ``invalid`` only when every import of the file was read, no namespace in
  force or opened could come from Lean's own library or an unread file, and the name is not
  one Lean's core library (always imported) may define;
* a type mismatch is ``invalid`` only between two types that no coercion can bridge (numbers
  coerce into each other, ``Bool`` into ``Prop``, any ``α`` into ``Option α``; structures,
  type variables and sorts may have user instances, so they never count).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from jepa_formal.errors import TypeMismatch, UnknownName, Unsupported

CORE_NAMESPACES = frozenset(
    """Nat Int Fin List Array Float Float32 Bool Option Prod String Char Function Decidable Std
    Lean IO Id Sum Subtype Sigma PSigma UInt8 UInt16 UInt32 UInt64 USize Thunk Task Except
    EStateM StateT ReaderT ExceptT Monad Functor Applicative Eq Ne HEq And Or Not Iff Exists
    True False PUnit Unit Classical Quot Quotient Setoid Inhabited Nonempty BEq Hashable Ord
    Ordering Max Min LT LE HAdd HSub HMul HDiv HMod HPow Add Sub Mul Div Mod Neg Pow OfNat
    ToString Repr Coe CoeFun CoeSort Substring ByteArray FloatArray Empty Rat Pi Subarray
    System Thunk Stream ForIn Membership Dvd Xor Complement AndOp OrOp Append Zero One
    NeZero Vector BitVec Squash PLift ULift Trans Antisymm Prop Sort Type""".split()
)
"""First components of names that Lean's core library (``Init``, ``Std``, ``Lean``) defines."""

CORE_NAMES = frozenset(
    """id flip cast absurd default inferInstance inferInstanceAs decide ite dite max min pure
    bind toString repr compare some none true false not and or xor panic dbgTrace sorry rfl
    trivial funext propext congr congrArg congrFun Eq.refl Eq.symm Eq.trans Nat.succ
    dbg_trace assert show nomatch sizeOf hash fun_prop Function.comp Prod.fst Prod.snd
    ofNat instOfNat outParam optParam autoParam namedPattern getElem getElem? getElem!
    Membership.mem HAdd.hAdd HMul.hMul Seq SeqLeft SeqRight get set modify modifyGet
    seqLeft seqRight failure guard pred succ ne_of_gt lt_irrefl le_refl Decidable.decide""".split()
)
"""Top-level names of Lean's core library a statement may use without any import."""

_BRIDGED = (
    frozenset({"TNat", "TInt", "TRat", "TReal", "TFloat", "TFin"}),  # ↑ coercions, numerals
    frozenset({"TBool", "TProp"}),  # Bool → Prop, decide
    frozenset({"TList", "TArray", "TFinset"}),  # toArray/toFinset are common coercions
)
_OPEN_TYPES = frozenset({"TVar", "TStruct", "TSort", "TMeta", "TOption"})


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why Lean would reject the statement: ``message`` shaped like Lean's own error
    (``unknown identifier 'g'``), at ``span`` (``path:line:col``) when known."""

    message: str
    where: str = ""

    def render(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


def lean_rejects(
    exc: Unsupported,
    *,
    unread_imports: Sequence[str],
    namespaces: Collection[str] = (),
    read_namespaces: Collection[str] = (),
) -> Rejection | None:
    """The rejection when ``exc`` (raised while elaborating) is something Lean itself refuses,
    else None (the verdict stays ``unsupported``).

    ``unread_imports`` are the imports of the file (and of what it imports) that were not on
    disk; ``namespaces`` the namespaces in force or opened for the declaration;
    ``read_namespaces`` the first components of every name defined in the files read.
    """
    where = str(exc.span) if exc.span is not None else ""
    if isinstance(exc, UnknownName) and exc.name:
        if unknown_name_may_exist(
            exc.name,
            unread_imports=unread_imports,
            namespaces=namespaces,
            read_namespaces=read_namespaces,
        ):
            return None
        return Rejection(f"unknown identifier '{exc.name}'", where)
    if isinstance(exc, TypeMismatch) and exc.types is not None:
        left, right = exc.types
        if not unbridgeable(left, right):
            return None
        from jepa_formal.mirror.core.unify import show_ty

        return Rejection(f"type mismatch: {show_ty(left)} is not {show_ty(right)}", where)
    return None


def unknown_name_may_exist(
    name: str,
    *,
    unread_imports: Sequence[str],
    namespaces: Collection[str] = (),
    read_namespaces: Collection[str] = (),
) -> bool:
    """True when something not read could define ``name``: an unread import, Lean's core
    library (directly, or through a namespace in force or opened)."""
    if unread_imports:
        return True
    if name in CORE_NAMES or name.split(".", 1)[0] in CORE_NAMESPACES:
        return True
    for namespace in namespaces:
        head = namespace.split(".", 1)[0]
        if head in CORE_NAMESPACES or (head and head not in read_namespaces):
            return True
    return False


def unbridgeable(left: object, right: object) -> bool:
    """Two types Lean cannot make equal, not even through a coercion (see the docstring)."""
    kinds = (type(left).__name__, type(right).__name__)
    if kinds[0] == kinds[1] or _OPEN_TYPES.intersection(kinds):
        return False
    if any(_mentions_open(t) for t in (left, right)):
        return False
    return not any(set(kinds) <= family for family in _BRIDGED)


def _mentions_open(ty: object) -> bool:
    from jepa_formal.mirror.core.terms import type_parts

    if type(ty).__name__ in _OPEN_TYPES:
        return True
    return any(_mentions_open(part) for part in type_parts(ty))
