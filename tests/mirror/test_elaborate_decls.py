"""Declarations through the elaborator: defs, structures, theorems → DefInfo, StructInfo, Law."""

from __future__ import annotations

from fractions import Fraction

from jepa_formal.errors import Unsupported
from jepa_formal.mirror import Env, compile_law, evaluate
from jepa_formal.mirror.core.terms import (
    Call,
    DefCall,
    Lam,
    Law,
    Lit,
    Prim,
    Quant,
    TBool,
    TFin,
    TFun,
    TList,
    TNat,
    TSort,
    TVar,
    TypeArg,
    Var,
)
from jepa_formal.mirror.core.values import StructValue, TableFn
from jepa_formal.mirror.elaborate.subst import subst_expr

from ._lean import elab, parse_text


def env_of(text: str) -> Env:
    module = parse_text(text)
    assert not module.errors, module.errors
    return Env.from_decls(module.decls)


def law_of(env: Env, short: str) -> Law:
    for thm, law in env.laws():
        if thm.name.rsplit(".", 1)[-1] == short:
            if isinstance(law, Unsupported):
                raise law
            return law
    raise KeyError(short)


def holds(env: Env, short: str, **bindings: object) -> bool:
    c = compile_law(law_of(env, short), env)
    return c.hypotheses_hold(bindings) and c.conclusion_holds(bindings)


JEPA = """
namespace NS
def jepaLoss {n : ℕ} {Context Target Pred : Type}
    (targetIdxs : List (Fin n)) (context : Context) (target : Fin n → Target)
    (predict : Context → Fin n → Pred) (repLoss : Target → Pred → ℕ) : ℕ :=
  (targetIdxs.map fun i => repLoss (target i) (predict context i)).sum

theorem jepaLoss_target_ext {n : ℕ} {Context Target Pred : Type} (idxs : List (Fin n))
    (context : Context) (target₁ target₂ : Fin n → Target) (predict : Context → Fin n → Pred)
    (repLoss : Target → Pred → ℕ) (h : ∀ i ∈ idxs, target₁ i = target₂ i) :
    jepaLoss idxs context target₁ predict repLoss =
      jepaLoss idxs context target₂ predict repLoss := by
  simp
end NS
"""


def test_jepa_loss_unfolds_to_a_sum_of_a_map() -> None:
    env = env_of(JEPA)
    info = env.definition("NS.jepaLoss")
    body = info.body
    assert isinstance(body, Prim) and body.op == "List.sum"
    (mapped,) = body.args
    assert isinstance(mapped, Prim) and mapped.op == "List.map"
    fn, xs = mapped.args
    assert xs == Var("targetIdxs", TList(TFin(Var("n", TNat()))))
    assert isinstance(fn, Lam) and len(fn.params) == 1
    i = fn.params[0]
    assert isinstance(fn.body, Call) and fn.body.fn.name == "repLoss"  # type: ignore[attr-defined]
    t_i, p_c_i = fn.body.args
    assert t_i == Call(Var("target", TFun(i.ty, TVar("Target"))), (i,), TVar("Target"))
    assert isinstance(p_c_i, Call) and p_c_i.args[1] == i
    assert [p.ty for p in info.params[:4]] == [TNat(), TSort(), TSort(), TSort()]


def test_implicit_arguments_are_inferred_by_unification() -> None:
    env = env_of(JEPA)
    law = law_of(env, "jepaLoss_target_ext")
    lhs = law.conclusion.args[0]  # type: ignore[attr-defined]
    assert isinstance(lhs, DefCall) and lhs.name == "NS.jepaLoss"
    assert lhs.args[0] == Var("n", TNat())
    assert lhs.args[1:4] == (TypeArg(TVar("Context")), TypeArg(TVar("Target")),
                             TypeArg(TVar("Pred")))
    name, hyp = law.hypotheses[0]
    assert name == "h"
    assert isinstance(hyp, Quant) and hyp.bound == Var("idxs", TList(TFin(Var("n", TNat()))))


def test_hypothesis_is_respected_by_the_compiled_law() -> None:
    env = env_of(JEPA)
    base = {"n": 3, "Context": 1, "Target": 2, "Pred": 1, "idxs": (0, 2), "context": 0,
            "predict": TableFn(2, {}, 0), "repLoss": TableFn(2, {(1, 0): 4}, 0)}
    t1 = TableFn(1, {(1,): 1}, 0)
    c = compile_law(law_of(env, "jepaLoss_target_ext"), env)
    assert c.hypotheses_hold({**base, "target₁": t1, "target₂": TableFn(1, {}, 0)})
    assert c.conclusion_holds({**base, "target₁": t1, "target₂": TableFn(1, {}, 0)})
    assert not c.hypotheses_hold({**base, "target₁": t1, "target₂": TableFn(1, {(0,): 1}, 0)})


STRUCTS = """
namespace S
structure Contract (n : ℕ) where
  targetIdxs : List (Fin n)
  guard : ℕ := 2

def total {n : ℕ} (c : Contract n) : ℕ := c.targetIdxs.length + c.guard

def mk3 (xs : List (Fin 3)) : Contract 3 := { targetIdxs := xs }

theorem total_with (c : Contract 3) : total { c with guard := 0 } + c.guard = total c := by
  simp
theorem total_anon (xs : List (Fin 3)) : total ⟨xs, 5⟩ = xs.length + 5 := by simp
theorem total_default (xs : List (Fin 3)) : (mk3 xs).guard = 2 := rfl
end S
"""


def test_structures_defaults_update_and_projection() -> None:
    env = env_of(STRUCTS)
    info = env.structure("S.Contract")
    assert [f for f, _ in info.fields] == ["targetIdxs", "guard"]
    c = StructValue("S.Contract", (("targetIdxs", (0, 1)), ("guard", 7)))
    assert holds(env, "total_with", c=c)
    assert holds(env, "total_anon", xs=(1, 1))
    assert holds(env, "total_default", xs=())


RECURSIVE = """
def mySum : List ℕ → ℕ
  | [] => 0
  | x :: xs => x + mySum xs

def fib : ℕ → ℕ
  | 0 => 0
  | 1 => 1
  | n + 2 => fib n + fib (n + 1)

def headOr (xs : List ℕ) (d : ℕ) : ℕ :=
  match xs with
  | [] => d
  | x :: _ => x

def scale (x : ℕ) (k : ℕ := 2) : ℕ := x * k

theorem mySum_eq (xs : List ℕ) : mySum xs = xs.sum := by simp
theorem fib_ten : fib 10 = 55 := by decide
theorem headOr_cons (x : ℕ) (xs : List ℕ) : headOr (x :: xs) 7 = x := rfl
theorem headOr_nil : headOr [] 7 = 7 := rfl
theorem scale_default : scale 3 = 6 := rfl
theorem scale_named : scale 3 (k := 4) = 12 := rfl
"""


def test_pattern_matching_definitions_are_recursive_equations() -> None:
    env = env_of(RECURSIVE)
    info = env.definition("mySum")
    assert info.recursive and info.body is None and len(info.equations) == 2
    assert holds(env, "mySum_eq", xs=(3, 4, 5))
    assert holds(env, "fib_ten")


def test_match_named_and_default_arguments() -> None:
    env = env_of(RECURSIVE)
    assert not env.definition("headOr").recursive
    assert holds(env, "headOr_cons", x=4, xs=(1,))
    assert holds(env, "headOr_nil")
    assert holds(env, "scale_default")
    assert holds(env, "scale_named")


MISC = """
abbrev Mask (n : ℕ) := Fin n → Bool

def maskedCount {n : ℕ} (m : Mask n) : ℕ := ((List.finRange n).filter m).length

theorem reverse_reverse (xs : List α) : xs.reverse.reverse = xs := by simp
theorem sub_add (a b : ℕ) : a ≤ b → b - a + a = b := by omega
theorem inst_law {α : Type} [Add α] (x y : α) : x * y = y * x := by sorry
theorem shadow (x : ℕ) : (fun x => x + 1) x = x + 1 := rfl
theorem count_le {n : ℕ} (m : Mask n) : maskedCount m ≤ n := by sorry
theorem untyped_forall : ∀ x y, x + y = y + (x : ℕ) := by omega
"""


def test_auto_bound_premises_and_instances() -> None:
    env = env_of(MISC)
    law = law_of(env, "reverse_reverse")
    assert law.binders[0] == Var("α", TSort())
    assert law.binders[1] == Var("xs", TList(TVar("α")))
    law = law_of(env, "sub_add")
    assert [n for n, _ in law.hypotheses] == ["_h1"]
    assert holds(env, "sub_add", a=2, b=5)


def test_an_operation_its_classes_do_not_provide_is_unsupported() -> None:
    env = env_of(MISC)
    result = dict((t.name, law) for t, law in env.laws())["inst_law"]
    assert isinstance(result, Unsupported)
    assert "type variable" in str(result)


def test_shadowed_binders_are_renamed_apart() -> None:
    law = law_of(env_of(MISC), "shadow")
    lam = law.conclusion.args[0].fn  # type: ignore[attr-defined]
    assert isinstance(lam, Lam)
    assert lam.params[0].name != "x"


def test_type_abbreviations_expand() -> None:
    env = env_of(MISC)
    law = law_of(env, "count_le")
    assert law.binders[1].ty == TFun(TFin(Var("n", TNat())), TBool())
    m = TableFn(1, {(0,): True, (2,): True}, False)
    assert holds(env, "count_le", n=3, m=m)
    c = compile_law(law, env)
    assert c.sides({"n": 3, "m": m}) == (2, 3)


def test_untyped_statement_binders_get_their_types_inferred() -> None:
    law = law_of(env_of(MISC), "untyped_forall")
    assert [v.ty for v in law.binders] == [TNat(), TNat()]


def test_an_unmodelled_definition_only_affects_laws_that_use_it() -> None:
    env = env_of("""
def good (x : ℕ) : ℕ := x + 1
def bad (x : ℝ) : ℝ := Real.cos x
theorem uses_good (x : ℕ) : good x = x + 1 := rfl
theorem uses_bad (x : ℝ) : bad x = bad x := rfl
""")
    results = {t.name: law for t, law in env.laws()}
    assert isinstance(results["uses_good"], Law)
    assert isinstance(results["uses_bad"], Unsupported)
    assert "Real.cos" in str(results["uses_bad"])


def test_enumerations_and_parameterised_inductives_are_modelled_indexed_ones_named() -> None:
    env = env_of("""
inductive Color where
  | red
  | green
inductive Box (α : Type) where
  | mk (a : α)
inductive Vec (α : Type) : ℕ → Type where
  | nil : Vec α 0
theorem c (x : Color) : x = x := rfl
theorem b (x : Box ℕ) : x = x := rfl
theorem v (x : Vec ℕ 0) : x = x := rfl
""")
    laws = {t.name: law for t, law in env.laws()}
    assert not isinstance(laws["c"], Unsupported)
    assert not isinstance(laws["b"], Unsupported)
    assert isinstance(laws["v"], Unsupported) and "indexed inductive family Vec" in str(laws["v"])


def test_elaborate_term_with_a_def_from_the_env() -> None:
    env = env_of("def sq (x : ℝ) : ℝ := x * x")
    e = elab("sq (1 / 2)", env=env)
    assert evaluate(e, env, {}) == Fraction(1, 4)


FALSE_LAWS = """
theorem sub_add_bad (a b : ℕ) : a - b + b = a := by sorry
theorem float_sum_append (xs ys : List Float) : (xs ++ ys).sum = xs.sum + ys.sum := by sorry
theorem real_sum_append (xs ys : List ℝ) : (xs ++ ys).sum = xs.sum + ys.sum := by simp
theorem div_mul_bad (x : ℝ) : x / x = 1 := by sorry
"""


def test_false_laws_are_false_and_true_ones_true_on_witnesses() -> None:
    env = env_of(FALSE_LAWS)
    assert not holds(env, "sub_add_bad", a=0, b=1)
    assert holds(env, "sub_add_bad", a=3, b=1)
    witness = {"xs": (1.0, 1e16), "ys": (-1e16,)}
    assert not holds(env, "float_sum_append", **witness)
    exact = {"xs": (Fraction(1),), "ys": (Fraction(10**16), Fraction(-(10**16)))}
    assert holds(env, "real_sum_append", **exact)
    assert not holds(env, "div_mul_bad", x=Fraction(0))
    assert holds(env, "div_mul_bad", x=Fraction(2))


def test_a_call_of_jepa_loss_unfolds_to_a_sum_over_its_index_list() -> None:
    env = env_of(JEPA.replace("end NS", """
theorem call (n : ℕ) (xs : List (Fin n)) (c : Fin 2) (t : Fin n → ℕ) (p : Fin 2 → Fin n → ℕ)
    (r : ℕ → ℕ → ℕ) : jepaLoss xs c t p r = 0 := by sorry
end NS"""))
    call = law_of(env, "call").conclusion.args[0]  # type: ignore[attr-defined]
    assert isinstance(call, DefCall)
    info = env.definition(call.name)
    tmap = {p.name: a.value for p, a in zip(info.params, call.args, strict=True)
            if isinstance(a, TypeArg)}
    emap = {p.name: a for p, a in zip(info.params, call.args, strict=True)
            if not isinstance(a, TypeArg)}
    unfolded = subst_expr(info.body, tmap, emap)
    n = Var("n", TNat())
    fin = TFin(n)
    i = unfolded.args[0].args[0].params[0]
    t, p, r = (Var("t", TFun(fin, TNat())), Var("p", TFun(TFin(Lit(2, TNat())), TFun(fin, TNat()))),
               Var("r", TFun(TNat(), TFun(TNat(), TNat()))))
    c = Var("c", TFin(Lit(2, TNat())))
    body = Call(r, (Call(t, (i,), TNat()), Call(p, (c, i), TNat())), TNat())
    expected = Prim("List.sum", (Prim("List.map", (
        Lam((i,), body, TFun(fin, TNat())), Var("xs", TList(fin))), TList(TNat())),), TNat())
    assert unfolded == expected


def test_instance_binders_are_recorded_as_constraints() -> None:
    env = env_of("""
theorem rr {α : Type} [DecidableEq α] (xs : List α) : xs.reverse.reverse = xs := by simp
""")
    law = law_of(env, "rr")
    assert law.instance_constraints == ("DecidableEq α",)
    assert [v.name for v in law.binders] == ["α", "xs"]


def test_definitions_are_elaborated_once_and_cached() -> None:
    env = env_of(JEPA)
    first = env.definition("NS.jepaLoss")
    assert env.definition("NS.jepaLoss") is first
    laws_a, laws_b = env.laws(), env.laws()
    assert [law for _, law in laws_a] == [law for _, law in laws_b]
    assert laws_a[0][1] is laws_b[0][1]


def test_mutual_recursion_is_marked_recursive_and_evaluates() -> None:
    env = env_of("""
mutual
def isEven : ℕ → Bool
  | 0 => true
  | n + 1 => isOdd n
def isOdd : ℕ → Bool
  | 0 => false
  | n + 1 => isEven n
end
def double (n : ℕ) : ℕ := n + n
theorem even_double (n : ℕ) : isEven (double n) = true := by sorry
""")
    assert env.definition("isEven").recursive and env.definition("isOdd").recursive
    assert not env.definition("double").recursive
    assert holds(env, "even_double", n=7)


def test_definitions_as_function_values_are_eta_expanded() -> None:
    env = env_of("""
def sq (x : ℕ) : ℕ := x * x
def addTo (k x : ℕ) : ℕ := k + x
theorem map_sq (xs : List ℕ) : (xs.map sq).sum = (xs.map fun x => x * x).sum := by simp
theorem map_partial (xs : List ℕ) : (xs.map (addTo 1)).sum = xs.sum + xs.length := by sorry
""")
    law = law_of(env, "map_sq")
    fn = law.conclusion.args[0].args[0].args[0]  # type: ignore[attr-defined]
    assert isinstance(fn, Lam) and isinstance(fn.body, DefCall)
    assert holds(env, "map_sq", xs=(1, 2, 3))
    assert holds(env, "map_partial", xs=(4, 5))


def test_a_membership_premise_written_by_hand_is_recorded_as_the_bound() -> None:
    env = env_of("""
theorem ext {n : ℕ} (idxs : List (Fin n)) (f g : Fin n → ℕ)
    (h : ∀ (i : Fin n), i ∈ idxs → f i = g i) : (idxs.map f).sum = (idxs.map g).sum := by sorry
theorem dependent_body (xs : List ℕ) (h : ∀ i, i ∈ xs → i ∈ i :: xs) : True := trivial
theorem not_bound (h : ∀ i : ℕ, i ∈ [i] → i ≥ 0) : True := trivial
""")
    _, hyp = law_of(env, "ext").hypotheses[0]
    assert isinstance(hyp, Quant) and hyp.bound == Var("idxs", TList(TFin(Var("n", TNat()))))
    f, g = TableFn(1, {(0,): 1}, 0), TableFn(1, {}, 0)
    c = compile_law(law_of(env, "ext"), env)
    assert c.hypotheses_hold({"n": 2, "idxs": (1, 1), "f": f, "g": g})
    assert not c.hypotheses_hold({"n": 2, "idxs": (0,), "f": f, "g": g})
    _, other = law_of(env, "dependent_body").hypotheses[0]
    assert isinstance(other, Quant) and other.bound == Var("xs", TList(TNat()))
    _, unbounded = law_of(env, "not_bound").hypotheses[0]
    assert isinstance(unbounded, Quant) and unbounded.bound is None
