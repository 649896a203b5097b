/-
Copyright (c) 2025 TorchLean contributors. All rights reserved.
Released under Apache 2.0 license as described in the file LICENSE.
-/
module

public import Mathlib.Data.Nat.Basic

/-!
# Sum trees, trajectories and transitions as parametric inductive types

A prioritised replay buffer keeps its priorities in a binary sum tree (`Tree α`), an episode is
a trajectory of states, actions and rewards (`Trajectory σ α`), a codebook slot in a buffer of
`n` entries is empty or points at an entry (`Slot n`), and a stored transition is a structure
over the state type (`Transition σ`). Definitions go by structural recursion, constructors are
written with leading dots.
-/

@[expose] public section

namespace NN.MLTheory.SelfSupervised.Trees

/-- A binary tree with a value at each node. -/
inductive Tree (α : Type) where
  | leaf
  | node (l : Tree α) (v : α) (r : Tree α)
  deriving Repr, DecidableEq

namespace Tree

variable {α : Type}

/-- The number of stored values. -/
def size : Tree α → ℕ
  | .leaf => 0
  | .node l _ r => l.size + 1 + r.size

/-- The tree with left and right swapped at every node. -/
def mirror : Tree α → Tree α
  | .leaf => .leaf
  | .node l v r => .node r.mirror v l.mirror

/-- The values in order. -/
def toList : Tree α → List α
  | .leaf => []
  | .node l v r => l.toList ++ v :: r.toList

/-- The height. -/
def height : Tree α → ℕ
  | .leaf => 0
  | .node l _ r => max l.height r.height + 1

end Tree

/-- The total priority of a sum tree. -/
def total : Tree ℕ → ℕ
  | .leaf => 0
  | .node l p r => total l + p + total r

/-- An episode: states `σ`, actions `α`, a reward at each step. -/
inductive Trajectory (σ α : Type)
  | done (s : σ)
  | step (s : σ) (a : α) (r : ℕ) (rest : Trajectory σ α)

/-- The undiscounted return of an episode. -/
def Trajectory.ret {σ α : Type} : Trajectory σ α → ℕ
  | .done _ => 0
  | .step _ _ r rest => r + rest.ret

/-- The number of steps. -/
def Trajectory.steps {σ α : Type} : Trajectory σ α → ℕ
  | .done _ => 0
  | .step _ _ _ rest => rest.steps + 1

/-- The last state. -/
def Trajectory.last {σ α : Type} : Trajectory σ α → σ
  | .done s => s
  | .step _ _ _ rest => rest.last

/-- A slot of a codebook with `n` entries. -/
inductive Slot (n : ℕ) where
  | empty
  | full (i : Fin n)
  deriving Repr

/-- The one-based index of a slot, `0` when empty. -/
def Slot.idx {n : ℕ} : Slot n → ℕ
  | .empty => 0
  | .full i => i.val + 1

/-- A stored transition. -/
structure Transition (σ : Type) where
  state : σ
  reward : ℕ
  next : σ
  deriving Repr

/-- The transition read backwards, keeping the reward. -/
def Transition.reverse {σ : Type} (t : Transition σ) : Transition σ :=
  { state := t.next, reward := t.reward, next := t.state }

theorem size_leaf {α : Type} : (Tree.leaf : Tree α).size = 0 := rfl

theorem size_node {α : Type} (l r : Tree α) (v : α) :
    (Tree.node l v r).size = l.size + 1 + r.size := rfl

theorem size_singleton (v : ℕ) : (Tree.node .leaf v .leaf).size = 1 := rfl

theorem size_mirror {α : Type} (t : Tree α) : t.mirror.size = t.size := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr => simp [Tree.mirror, Tree.size, ihl, ihr]; omega

theorem mirror_mirror {α : Type} (t : Tree α) : t.mirror.mirror = t := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr => simp [Tree.mirror, ihl, ihr]

theorem toList_length {α : Type} (t : Tree α) : t.toList.length = t.size := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr => simp [Tree.toList, Tree.size, ihl, ihr]; omega

theorem height_le_size {α : Type} (t : Tree α) : t.height ≤ t.size := by
  induction t with
  | leaf => simp [Tree.height, Tree.size]
  | node l v r ihl ihr => simp [Tree.height, Tree.size]; omega

theorem total_mirror (t : Tree ℕ) : total t.mirror = total t := by
  induction t with
  | leaf => rfl
  | node l v r ihl ihr => simp [total, Tree.mirror, ihl, ihr]; omega

theorem total_node (l r : Tree ℕ) (p : ℕ) : total (.node l p r) = total l + p + total r := rfl

theorem ret_step {σ α : Type} (s : σ) (a : α) (r : ℕ) (rest : Trajectory σ α) :
    (Trajectory.step s a r rest).ret = r + rest.ret := rfl

theorem ret_done (s : ℕ) : (Trajectory.done s : Trajectory ℕ Bool).ret = 0 := rfl

theorem steps_zero_ret {σ α : Type} (t : Trajectory σ α) (h : t.steps = 0) : t.ret = 0 := by
  cases t with
  | done s => rfl
  | step s a r rest => simp [Trajectory.steps] at h

theorem last_step {σ α : Type} (s : σ) (a : α) (r : ℕ) (rest : Trajectory σ α) :
    (Trajectory.step s a r rest).last = rest.last := rfl

theorem slot_idx_le {n : ℕ} (s : Slot n) : s.idx ≤ n := by
  cases s with
  | empty => simp [Slot.idx]
  | full i => simp [Slot.idx]; omega

theorem slot_full_pos {n : ℕ} (i : Fin n) : 0 < (Slot.full i).idx := by simp [Slot.idx]

theorem reverse_reverse {σ : Type} (t : Transition σ) : t.reverse.reverse = t := rfl

theorem reverse_reward {σ : Type} (t : Transition σ) : t.reverse.reward = t.reward := rfl

/--
info: NN.MLTheory.SelfSupervised.Trees.Tree.node NN.MLTheory.SelfSupervised.Trees.Tree.leaf 3
  NN.MLTheory.SelfSupervised.Trees.Tree.leaf
-/
#guard_msgs in
#eval (Tree.node .leaf 3 .leaf : Tree ℕ)

/-- info: 4 -/
#guard_msgs in
#eval total (.node (.node .leaf 1 .leaf) 3 .leaf)

/-- info: 2 -/
#guard_msgs in
#eval (Tree.node (.node .leaf 1 .leaf) 3 .leaf).mirror.size

end NN.MLTheory.SelfSupervised.Trees
