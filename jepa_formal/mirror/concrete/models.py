"""Lawful instances of type classes, to instantiate a class-constrained type variable in
concrete runs: ℤ, ℚ, ℕ, and adversarial small ones.

Why adversarial instances: a law stated for every ``[AddCommMonoid α]`` must hold for ``max``
on ℕ (commutative, not cancellative); one for every ``[AddMonoid α]`` for a non-commutative
monoid (maps of a two-element set under composition); one for a bare ``[Add α]`` for an
operation with no law at all. Testing only at ℤ would pass laws that Lean rejects. Each model
lists exactly the classes it is a lawful instance of (``docs/typeclasses.md``); the numeric
search uses the models whose classes include every declared class of the type variable, and a
counterexample names the model it used.

A model is a ``Ty`` (``TModel``), bound to the type variable in an instance; its values are
those of its carrier (``Fin k`` as ``int``, ℤ/ℕ as ``int``, ℚ as ``Fraction``), and the
evaluator looks up its operations here at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from jepa_formal.errors import Unsupported
from jepa_formal.mirror.concrete.ops import int_ediv, int_emod
from jepa_formal.mirror.core.classes import closure
from jepa_formal.mirror.core.terms import Lit, TFin, TInt, TNat, TProd, TRat, Ty


@dataclass(frozen=True, slots=True)
class TModel(Ty):
    """A type variable's instantiation by a lawful instance; ``name`` is how it prints
    (``ℕ with + := max``), ``key`` its entry in ``MODELS``."""

    key: str
    name: str

    @property
    def spec(self) -> ModelSpec:
        return MODELS[self.key]


Op = Callable[..., Any]


@dataclass(frozen=True, slots=True)
class ModelSpec:
    """The carrier, the classes the model is a lawful instance of, and its operations."""

    name: str
    carrier: Ty
    classes: frozenset[str]
    ops: dict[str, Op]
    size: int | None  # number of values (None: infinite)

    def op(self, name: str) -> Op:
        fn = self.ops.get(name)
        if fn is None:
            raise Unsupported(f"'{name}' in the instance {self.name}",
                              reason="the instance does not provide it")
        return fn

    def numeral(self, n: int) -> Any:
        """``(n : α)``: ``0``, ``1``, or ``Nat.cast n`` (``n • 1``, by doubling)."""
        if "numeral" in self.ops:
            return self.ops["numeral"](n)
        if n == 0:
            return self.op("zero")()
        if n == 1:
            return self.op("one")()
        add, one = self.op("add"), self.op("one")()
        return _times(add, self.op("zero")(), one, n)


    def cast(self, n: int) -> Any:
        """``Nat.cast n`` (``Int.cast n`` for a negative ``n``: ``-(Nat.cast (-n))``); a model
        with a lawless cast of its own (``natCast``/``intCast``) uses it."""
        own = self.ops.get("intCast" if n < 0 else "natCast")
        if own is not None:
            return own(n)
        if n < 0:
            return self.op("neg")(self.numeral(-n))
        return self.numeral(n)

    def smul(self, k: int, x: Any) -> Any:
        """``k • x``: ``nsmul`` (``x + … + x``, by doubling: associativity), ``zsmul`` for a
        negative ``k`` (``-((-k) • x)``)."""
        add, zero = self.op("add"), self.op("zero")()
        if k < 0:
            return self.op("neg")(_times(add, zero, x, -k))
        return _times(add, zero, x, k)


def _times(add: Op, zero: Any, x: Any, n: int) -> Any:
    """``n • x`` by doubling (valid in any additive monoid: associativity)."""
    acc, base = zero, x
    while n:
        if n & 1:
            acc = add(acc, base)
        base = add(base, base)
        n >>= 1
    return acc


def _fin(k: int) -> TFin:
    return TFin(Lit(k, TNat()))


_ORDER = {
    "le": lambda a, b: a <= b, "lt": lambda a, b: a < b,
    "ge": lambda a, b: a >= b, "gt": lambda a, b: a > b,
    "max": max, "min": min,
}
_LINEAR_ORDER = ("LinearOrder",)


def _ring_ops(mod: int | None, div: Callable[[Any, Any], Any] | None = None) -> dict[str, Op]:
    def r(x: Any) -> Any:
        return x % mod if mod is not None else x

    ops: dict[str, Op] = {
        "add": lambda a, b: r(a + b), "sub": lambda a, b: r(a - b), "neg": lambda a: r(-a),
        "mul": lambda a, b: r(a * b), "zero": lambda: 0, "one": lambda: r(1),
        "numeral": lambda n: r(n), "pow": lambda a, k: r(pow(a, k, mod) if mod else a ** k),
    }
    if div is not None:
        ops["div"] = div
    return ops


def _zmod_field(p: int) -> dict[str, Op]:
    def inv(a: int) -> int:
        return pow(a, p - 2, p) if a % p else 0  # Lean/Mathlib: 0⁻¹ = 0

    ops = _ring_ops(p)
    ops["inv"] = inv
    ops["div"] = lambda a, b: (a * inv(b)) % p
    return ops


def _rat_div(a: Fraction, b: Fraction) -> Fraction:
    return Fraction(0) if b == 0 else Fraction(a) / b


def _nat_ops() -> dict[str, Op]:
    return {
        "add": lambda a, b: a + b, "sub": lambda a, b: max(a - b, 0), "mul": lambda a, b: a * b,
        "div": lambda a, b: a // b if b else 0, "mod": lambda a, b: a % b if b else a,
        "zero": lambda: 0, "one": lambda: 1,
        "numeral": lambda n: n, "pow": lambda a, k: a ** k,
    }


def _compose(a: int, b: int) -> int:
    """Maps of {0, 1} encoded as ``2·f(0) + f(1)``; ``a + b`` is ``a ∘ b``."""
    fa, fb = (a >> 1, a & 1), (b >> 1, b & 1)
    return 2 * fa[fb[0]] + fa[fb[1]]


def _mat_mul(a: int, b: int) -> int:
    """2×2 matrices over ZMod 2 encoded as 4 bits ``[[a0, a1], [a2, a3]]``."""
    x = [(a >> i) & 1 for i in range(4)]
    y = [(b >> i) & 1 for i in range(4)]
    z = [(x[0] * y[0] + x[1] * y[2]) % 2, (x[0] * y[1] + x[1] * y[3]) % 2,
         (x[2] * y[0] + x[3] * y[2]) % 2, (x[2] * y[1] + x[3] * y[3]) % 2]
    return sum(bit << i for i, bit in enumerate(z))


_S3_TABLE = ((0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0))
"""The permutations of {0, 1, 2}; value ``k`` is ``_S3_TABLE[k]`` (0 the identity)."""


def _s3_compose(a: int, b: int) -> int:
    """``a ∘ b`` (apply ``b`` first) in S3: the smallest non-commutative group."""
    pa, pb = _S3_TABLE[a], _S3_TABLE[b]
    return _S3_TABLE.index(tuple(pa[pb[i]] for i in range(3)))


def _s3_inverse(a: int) -> int:
    pa = _S3_TABLE[a]
    return _S3_TABLE.index(tuple(pa.index(i) for i in range(3)))


def _s3_power(a: int, k: int) -> int:
    """``a ^ k`` for any integer ``k`` (every element's order divides 6)."""
    return _times(_s3_compose, 0, a, k % 6)


def _s3_ops() -> dict[str, Op]:
    def sub(a: int, b: int) -> int:
        return _s3_compose(a, _s3_inverse(b))

    return {"add": _s3_compose, "zero": lambda: 0, "neg": _s3_inverse, "sub": sub,
            "mul": _s3_compose, "one": lambda: 0, "inv": _s3_inverse, "div": sub,
            "pow": _s3_power}


Quaternion = tuple[tuple[Fraction, Fraction], tuple[Fraction, Fraction]]
"""``((a, b), (c, d))`` is ``a + b i + c j + d k`` over ℚ (the carrier ``(ℚ × ℚ) × (ℚ × ℚ)``)."""


def _q(a: Any, b: Any, c: Any, d: Any) -> Quaternion:
    return ((Fraction(a), Fraction(b)), (Fraction(c), Fraction(d)))


def _q_mul(x: Quaternion, y: Quaternion) -> Quaternion:
    """Hamilton's product: i² = j² = k² = ijk = -1 (ij = k, ji = -k)."""
    (a1, b1), (c1, d1) = x
    (a2, b2), (c2, d2) = y
    return _q(a1 * a2 - b1 * b2 - c1 * c2 - d1 * d2, a1 * b2 + b1 * a2 + c1 * d2 - d1 * c2,
              a1 * c2 - b1 * d2 + c1 * a2 + d1 * b2, a1 * d2 + b1 * c2 - c1 * b2 + d1 * a2)


def _q_inv(x: Quaternion) -> Quaternion:
    """``x⁻¹ = conj x / |x|²``; ``0⁻¹ = 0`` as in every Mathlib ``DivisionRing``."""
    (a, b), (c, d) = x
    norm = Fraction(a) ** 2 + Fraction(b) ** 2 + Fraction(c) ** 2 + Fraction(d) ** 2
    if norm == 0:
        return _q(0, 0, 0, 0)
    return _q(a / norm, -b / norm, -c / norm, -d / norm)


def _quaternion_ops() -> dict[str, Op]:
    def add(x: Quaternion, y: Quaternion) -> Quaternion:
        return _q(x[0][0] + y[0][0], x[0][1] + y[0][1], x[1][0] + y[1][0], x[1][1] + y[1][1])

    def neg(x: Quaternion) -> Quaternion:
        return _q(-x[0][0], -x[0][1], -x[1][0], -x[1][1])

    def power(x: Quaternion, k: int) -> Quaternion:
        return _times(_q_mul, _q(1, 0, 0, 0), x if k >= 0 else _q_inv(x), abs(k))

    return {"add": add, "zero": lambda: _q(0, 0, 0, 0), "neg": neg,
            "sub": lambda x, y: add(x, neg(y)), "mul": _q_mul, "one": lambda: _q(1, 0, 0, 0),
            "numeral": lambda n: _q(n, 0, 0, 0), "inv": _q_inv,
            "div": lambda x, y: _q_mul(x, _q_inv(y)), "pow": power}


_PREORDER_BLOCKS = {0: (0,), 1: (0, 1), 2: (0, 2)}
"""Blocks of the preorder on ``Fin 6``: ``a`` is in block ``a // 2``; block 0 is below 1
and 2, which are incomparable."""


def _pre_le(a: int, b: int) -> bool:
    return a // 2 in _PREORDER_BLOCKS[b // 2]


def _preorder_ops() -> dict[str, Op]:
    def lt(a: int, b: int) -> bool:  # Mathlib: a < b ↔ a ≤ b ∧ ¬b ≤ a
        return _pre_le(a, b) and not _pre_le(b, a)

    return {"le": _pre_le, "lt": lt, "ge": lambda a, b: _pre_le(b, a),
            "gt": lambda a, b: lt(b, a)}


_GROUPS = ("AddCommGroup",)
_RINGS = ("CommRing",)

MODELS: dict[str, ModelSpec] = {}


def _model(key: str, name: str, carrier: Ty, classes: Iterable[str], ops: dict[str, Op],
           size: int | None) -> None:
    MODELS[key] = ModelSpec(name, carrier, closure(classes), ops, size)


_model("magma", "Fin 3 with no law (a + b := 2a + b + 1, 0 := 1, a ≤ b := b = a + 1, …)",
       _fin(3), ("Add", "Zero", "Mul", "One", "Neg", "Sub", "Div", "Inv", "LE", "LT",
                 "Max", "Min", "NatCast", "IntCast"),
       {"add": lambda a, b: (2 * a + b + 1) % 3, "zero": lambda: 1,
        "natCast": lambda n: (n * n + 1) % 3, "intCast": lambda n: (n * n + 2) % 3,
        "mul": lambda a, b: (a + 2 * b + 1) % 3, "one": lambda: 2,
        "neg": lambda a: (a + 1) % 3, "sub": lambda a, b: (2 * a + 2 * b) % 3,
        "div": lambda a, b: (a * b + 1) % 3, "inv": lambda a: (2 * a) % 3,
        "le": lambda a, b: (a + 1) % 3 == b, "ge": lambda a, b: (b + 1) % 3 == a,
        "lt": lambda a, b: a == b, "gt": lambda a, b: a == b,
        "max": lambda a, b: a, "min": lambda a, b: b}, 3)
_model("maps", "maps of {0, 1} under composition (a + b := a ∘ b, a non-commutative monoid)",
       _fin(4), ("AddMonoid", "Monoid"),
       {"add": _compose, "zero": lambda: 1, "mul": _compose, "one": lambda: 1,
        "pow": lambda a, k: _times(_compose, 1, a, k)}, 4)
_model("s3", "S3, the permutations of {0, 1, 2} under composition (a + b := a ∘ b, a * b := "
       "a ∘ b: a non-abelian group)", _fin(6), ("AddGroup", "Group"), _s3_ops(), 6)
_model("preorder", "Fin 6 with a ≤ b := a / 2 ≤ b / 2 in the order 0 < 1, 0 < 2 (a preorder: "
       "not antisymmetric, not total)", _fin(6), ("Preorder",), _preorder_ops(), 6)
_model("max", "Fin 4 with a + b := max a b (commutative, not cancellative)", _fin(4),
       ("LinearOrderedAddCommMonoid", "OrderedAddCommMonoid"),
       {"add": max, "zero": lambda: 0, **_ORDER}, 4)
_model("bool", "Bool with + := ∨, * := ∧ (an idempotent commutative semiring)", _fin(2),
       ("OrderedCommSemiring", "LinearOrderedAddCommMonoid"),
       {"add": lambda a, b: a | b, "mul": lambda a, b: a & b, "zero": lambda: 0,
        "one": lambda: 1, "numeral": lambda n: 1 if n else 0,
        "pow": lambda a, k: a if k else 1, **_ORDER}, 2)
_model("sets", "subsets of {0, 1} with + := ∪, * := ∩, ≤ := ⊆ (a partial order, not linear)",
       _fin(4), ("OrderedCommSemiring",),
       {"add": lambda a, b: a | b, "mul": lambda a, b: a & b, "zero": lambda: 0,
        "one": lambda: 3, "le": lambda a, b: a & b == a, "ge": lambda a, b: a & b == b,
        "lt": lambda a, b: a & b == a and a != b, "gt": lambda a, b: a & b == b and a != b,
        "pow": lambda a, k: a if k else 3}, 4)
_model("mat2", "2×2 matrices over ZMod 2 (a non-commutative ring)", _fin(16), ("Ring",),
       {"add": lambda a, b: a ^ b, "sub": lambda a, b: a ^ b, "neg": lambda a: a,
        "mul": _mat_mul, "zero": lambda: 0, "one": lambda: 0b1001,
        "numeral": lambda n: 0b1001 if n % 2 else 0,
        "pow": lambda a, k: _times(_mat_mul, 0b1001, a, k)}, 16)
_model("zmod2", "ZMod 2 (a field of characteristic 2)", _fin(2), ("Field", "LinearOrder"),
       {**_zmod_field(2), **_ORDER}, 2)
_model("zmod3", "ZMod 3 (a field of characteristic 3)", _fin(3), ("Field", "LinearOrder"),
       {**_zmod_field(3), **_ORDER}, 3)
_model("zmod5", "ZMod 5 (a field of characteristic 5: 5 = 0, 2 * 3 = 1)", _fin(5),
       ("Field", "LinearOrder"), {**_zmod_field(5), **_ORDER}, 5)
_model("zmod7", "ZMod 7 (a field of characteristic 7)", _fin(7), ("Field", "LinearOrder"),
       {**_zmod_field(7), **_ORDER}, 7)
_model("zmod4", "ZMod 4 (a commutative ring with zero divisors)", _fin(4),
       ("CommRing", "LinearOrder"), {**_ring_ops(4), **_ORDER}, 4)
_model("zmod6", "ZMod 6 (a commutative ring with zero divisors that are not nilpotent)",
       _fin(6), ("CommRing", "LinearOrder"), {**_ring_ops(6), **_ORDER}, 6)
_model("quat", "the quaternions over ℚ, ((a, b), (c, d)) = a + b i + c j + d k (a "
       "non-commutative division ring)", TProd(TProd(TRat(), TRat()), TProd(TRat(), TRat())),
       ("DivisionRing", "CharZero"), _quaternion_ops(), None)
_model("nat", "ℕ", TNat(),
       ("LinearOrderedAddCommMonoid", "OrderedCommSemiring", "OrderedCancelAddCommMonoid",
        "Sub", "Div", "CharZero"), {**_nat_ops(), **_ORDER}, None)
_model("int", "ℤ", TInt(), ("LinearOrderedCommRing", "LinearOrderedAddCommGroup"),
       {**_ring_ops(None, int_ediv), "mod": int_emod, **_ORDER}, None)
_model("rat", "ℚ", TRat(), ("LinearOrderedField", "LinearOrderedAddCommGroup"),
       {**_ring_ops(None, _rat_div), "inv": lambda a: Fraction(0) if a == 0 else 1 / Fraction(a),
        **_ORDER}, None)

_ORDER_KEYS = ("magma", "maps", "s3", "preorder", "max", "bool", "sets", "mat2", "zmod2",
               "zmod3", "zmod4", "zmod6", "zmod5", "zmod7", "quat", "nat", "int", "rat")


def models_for(classes: Iterable[str], *, finite: bool = False) -> tuple[TModel, ...]:
    """The models that are lawful instances of every class in ``classes`` (and of finite
    carrier when ``finite``), adversarial ones first."""
    need = closure(classes)
    out = []
    for key in _ORDER_KEYS:
        spec = MODELS[key]
        if need <= spec.classes and (not finite or spec.size is not None):
            out.append(TModel(key, spec.name))
    return tuple(out)


def model_carrier(value: Any) -> Ty | None:
    """The carrier type of a model instantiation (None for anything else)."""
    return value.spec.carrier if isinstance(value, TModel) else None


__all__ = ["MODELS", "ModelSpec", "TModel", "model_carrier", "models_for"]
