/-
Red-team corpus (trust), list operations with Lean's meaning: `take`/`drop` saturate, `zip`
stops at the shorter list, `head!`/`xs[i]!` give the default 0 out of range, `foldl` and
`foldr` differ for a non-associative step, ℕ subtraction inside `map` truncates per element,
`dedup`, `rotate`, `concat`, `replicate`, `range`; sums and products over ℕ/ℤ/ℚ.
Every theorem is tagged TRUE or FALSE; FALSE ones name a counterexample checked in `checkers.py`.
-/
import Mathlib

namespace JepaFormal.Trust.ListLaws

/-- FALSE at xs = [], k = 1: `take` saturates. -/
theorem take_length_f (xs : List ℕ) (k : ℕ) : (xs.take k).length = k := sorry
/-- TRUE: `take` and `drop` split the list. -/
theorem take_drop_length_t (xs : List ℕ) (k : ℕ) :
    (xs.take k).length + (xs.drop k).length = xs.length := sorry

/-- FALSE at xs = [-1], k = 1: dropping a negative element raises an ℤ sum. -/
theorem drop_sum_le_int_f (xs : List ℤ) (k : ℕ) : (xs.drop k).sum ≤ xs.sum := sorry
/-- TRUE: over ℕ dropping never raises the sum. -/
theorem drop_sum_le_t (xs : List ℕ) (k : ℕ) : (xs.drop k).sum ≤ xs.sum := sorry

/-- FALSE at xs = [0], ys = []: `zip` stops at the shorter list. -/
theorem zip_fst_f (xs ys : List ℕ) : (xs.zip ys).map Prod.fst = xs := sorry
/-- TRUE: the first components are the first `ys.length` elements of `xs`. -/
theorem zip_fst_t (xs ys : List ℕ) : (xs.zip ys).map Prod.fst = xs.take ys.length := sorry

/-- FALSE at n = 1: `range 1 = [0]` sums to 0, not 1 (Gauss is for `range (n + 1)`). -/
theorem range_sum_f (n : ℕ) : (List.range n).sum = n * (n + 1) / 2 := sorry
/-- TRUE: `List.sum_range_succ`. -/
theorem range_sum_succ_t (n : ℕ) : (List.range n).sum + n = (List.range (n + 1)).sum := sorry

/-- FALSE at xs = [1, 2]: `foldl`: `2 - (1 - 0) = 1`; `foldr`: `1 - (2 - 0) = 0`. -/
theorem foldl_foldr_sub_f (xs : List ℕ) :
    xs.foldl (fun acc x => x - acc) 0 = xs.foldr (fun x acc => x - acc) 0 := sorry
/-- TRUE: `List.sum_eq_foldl` for an associative, commutative step. -/
theorem foldl_add_t (xs : List ℕ) : xs.foldl (fun acc x => acc + x) 0 = xs.sum := sorry

/-- FALSE at xs = [2]: an element equal to 2 is in neither filter. -/
theorem filter_split_f (xs : List ℕ) :
    (xs.filter (· > 2)).length + (xs.filter (· < 2)).length = xs.length := sorry
/-- TRUE: complementary filters. -/
theorem filter_split_t (xs : List ℕ) :
    (xs.filter (· > 2)).length + (xs.filter (· ≤ 2)).length = xs.length := sorry

/-- FALSE at xs = [0, 1]: the reverse starts with the last element. -/
theorem reverse_head_f (xs : List ℕ) : xs.reverse.head? = xs.head? := sorry
/-- TRUE: `List.head?_reverse`. -/
theorem reverse_head_t (xs : List ℕ) : xs.reverse.head? = xs.getLast? := sorry

/-- FALSE at xs = [0, 2]: per-element truncation: `0 + 1 = 1` but `2 - 2 = 0`. -/
theorem map_pred_sum_f (xs : List ℕ) : (xs.map (· - 1)).sum = xs.sum - xs.length := sorry
/-- TRUE: truncation only raises the per-element version. -/
theorem map_pred_sum_ge_t (xs : List ℕ) : (xs.map (· - 1)).sum ≥ xs.sum - xs.length := sorry
/-- TRUE: over ℤ there is no truncation. -/
theorem map_pred_sum_int_t (xs : List ℤ) :
    (xs.map fun x => x - 1).sum = xs.sum - (xs.length : ℤ) := sorry

/-- FALSE at n = 0, a = 0: the empty product is 1. -/
theorem replicate_prod_f (n : ℕ) (a : ℚ) : (List.replicate n a).prod = (n : ℚ) * a := sorry
/-- TRUE: `List.sum_replicate`. -/
theorem replicate_sum_t (n : ℕ) (a : ℚ) : (List.replicate n a).sum = (n : ℚ) * a := sorry
/-- TRUE: `List.prod_replicate`. -/
theorem replicate_prod_t (n : ℕ) (a : ℚ) : (List.replicate n a).prod = a ^ n := sorry

/-- FALSE at xs = [0]: a zero adds length, not sum. -/
theorem length_le_sum_f (xs : List ℕ) : xs.length ≤ xs.sum := sorry
/-- TRUE: each element is 0 (counted) or at least 1. -/
theorem length_le_sum_count_t (xs : List ℕ) : xs.length ≤ xs.sum + xs.count 0 := sorry

/-- FALSE at xs = [3, 3]: `6 ≤ 3 + 2` fails. -/
theorem sum_le_max_add_f (xs : List ℕ) : xs.sum ≤ xs.foldr max 0 + xs.length := sorry
/-- TRUE: every element is at most the maximum. -/
theorem sum_le_len_max_t (xs : List ℕ) : xs.sum ≤ xs.length * xs.foldr max 0 := sorry

/-- FALSE at xs = [1], ys = []: `zipWith` over an empty list is empty. -/
theorem zipWith_mul_ge_f (xs ys : List ℕ) : (List.zipWith (· * ·) xs ys).sum ≥ xs.sum := sorry
/-- TRUE: for naturals, `∑ xᵢ yᵢ ≤ (∑ x)(∑ y)`. -/
theorem zipWith_mul_le_t (xs ys : List ℕ) :
    (List.zipWith (· * ·) xs ys).sum ≤ xs.sum * ys.sum := sorry

/-- FALSE at xs = [], i = 0: out of range `xs[0]! = 0 ≤ 0`, yet `0 < 0` fails. -/
theorem getBang_in_range_f (xs : List ℕ) (i : ℕ) : xs[i]! ≤ xs.sum → i < xs.length := sorry
/-- TRUE: a positive `xs[i]!` can only come from an index in range. -/
theorem getBang_pos_in_range_t (xs : List ℕ) (i : ℕ) : xs[i]! ≥ 1 → i < xs.length := sorry
/-- TRUE: an element of naturals is at most their sum (0 out of range). -/
theorem getBang_le_sum_t (xs : List ℕ) (i : ℕ) : xs[i]! ≤ xs.sum := sorry

/-- FALSE at xs = []: `head! [] = 0 < 0 + 1`, yet the list is empty. -/
theorem head_lt_nonempty_f (xs : List ℕ) : xs.head! < xs.sum + 1 → xs ≠ [] := sorry
/-- TRUE: the head of naturals is at most their sum (`head! [] = 0`). -/
theorem head_le_sum_t (xs : List ℕ) : xs.head! ≤ xs.sum := sorry

/-- FALSE at xs = [0]: `2 ≠ 1`. -/
theorem append_self_length_f (xs : List ℕ) : (xs ++ xs).length = xs.length ^ 2 := sorry
/-- TRUE: `List.sum_append`. -/
theorem append_self_sum_t (xs : List ℕ) : (xs ++ xs).sum = 2 * xs.sum := sorry

/-- FALSE at xs = [1, 1]: `dedup` drops the copy. -/
theorem dedup_sum_f (xs : List ℕ) : xs.dedup.sum = xs.sum := sorry
/-- TRUE: `List.dedup_sublist`. -/
theorem dedup_length_t (xs : List ℕ) : xs.dedup.length ≤ xs.length := sorry

/-- FALSE at xs = [], a = 1: `concat` appends `a`. -/
theorem concat_sum_f (xs : List ℕ) (a : ℕ) : (xs.concat a).sum = xs.sum := sorry
/-- TRUE: `List.concat_eq_append`, `List.sum_append`. -/
theorem concat_sum_t (xs : List ℕ) (a : ℕ) : (xs.concat a).sum = xs.sum + a := sorry

/-- FALSE at xs = [0, 1]: `rotate 1` moves the head to the end. -/
theorem rotate_head_f (xs : List ℕ) : (xs.rotate 1).head? = xs.head? := sorry
/-- TRUE: a rotation is a permutation. -/
theorem rotate_sum_t (xs : List ℕ) (n : ℕ) : (xs.rotate n).sum = xs.sum := sorry

/-- FALSE at xs = [1, 1]: `0 + 0 = 0` but `2 / 2 = 1`. -/
theorem map_half_sum_f (xs : List ℕ) : (xs.map fun x => x / 2).sum = xs.sum / 2 := sorry
/-- TRUE: floors add up to at most the floor of the sum. -/
theorem map_half_sum_le_t (xs : List ℕ) : (xs.map fun x => x / 2).sum ≤ xs.sum / 2 := sorry

/-- FALSE at xs = [1, 1]: `1 + 1 = 2 ≠ 2 % 2 = 0`. -/
theorem map_mod_sum_f (xs : List ℕ) : (xs.map fun x => x % 2).sum = xs.sum % 2 := sorry
/-- TRUE: parity of a sum. -/
theorem map_mod_sum_mod_t (xs : List ℕ) : (xs.map fun x => x % 2).sum % 2 = xs.sum % 2 := sorry

/-- FALSE at xs = [1, 2], k = 5: `take` saturates, the length is 2. -/
theorem take_too_many_f (xs : List ℕ) (k : ℕ) (h : xs.length ≤ k) : (xs.take k).length = k := sorry
/-- TRUE: `take` of at least the length is the list. -/
theorem take_too_many_t (xs : List ℕ) (k : ℕ) (h : xs.length ≤ k) : xs.take k = xs := sorry

/-- FALSE at xs = [1], ys = [2, 3]: `zip` keeps one pair, so the sum is 2, not 5. -/
theorem zip_snd_sum_f (xs ys : List ℕ) : ((xs.zip ys).map Prod.snd).sum = ys.sum := sorry
/-- TRUE: `zip` has the shorter length. -/
theorem zip_length_min_t (xs ys : List ℕ) : (xs.zip ys).length ≤ xs.length := sorry

/-- FALSE at xs = [1, 2, 3]: left `1 - (2 - (3 - 0)) = 2`, right `-(1 + 2 + 3) + 2 * 1 = -4`
(the two sides agree on every list of length at most 2). -/
theorem foldr_sub_f (xs : List ℤ) :
    xs.foldr (fun x acc => x - acc) 0 = xs.foldl (fun acc x => acc - x) 0 + 2 * xs.headD 0 := sorry
/-- TRUE: the left fold of `-` from 0 is minus the sum. -/
theorem foldl_sub_t (xs : List ℤ) : xs.foldl (fun acc x => acc - x) 0 = -xs.sum := sorry

/-- FALSE at xs = [1/2, 1/2]: the product 1/4 is below the minimum 1/2. -/
theorem prod_ge_min_f (xs : List ℚ) (h : ∀ x ∈ xs, 0 < x) (hne : xs ≠ []) :
    xs.prod ≥ xs.foldr min 1 := sorry
/-- TRUE: factors at least 1 give a product at least 1. -/
theorem prod_ge_one_t (xs : List ℚ) (h : ∀ x ∈ xs, 1 ≤ x) : 1 ≤ xs.prod := sorry

end JepaFormal.Trust.ListLaws
