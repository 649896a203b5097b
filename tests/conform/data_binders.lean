namespace Data

def pairSum (p : ℕ × ℕ) : ℕ := p.1 + p.2

theorem pairSum_swap (p : ℕ × ℕ) : pairSum (p.2, p.1) = pairSum p := by
  simp [pairSum, Nat.add_comm]

def optOr (o : Option ℕ) (d : ℕ) : ℕ := o.getD d

theorem optOr_none (d : ℕ) : optOr none d = d := rfl

theorem optOr_some (x d : ℕ) : optOr (some x) d = x := rfl

theorem optOr_bound (o : Option ℕ) (d : ℕ) : optOr o d ≤ optOr o d + d := by omega

def totalLen (xss : List (List ℕ)) : ℕ := (xss.map List.length).sum

theorem totalLen_append (xss yss : List (List ℕ)) :
    totalLen (xss ++ yss) = totalLen xss + totalLen yss := by
  simp [totalLen]

def sumAll (xss : List (List ℝ)) : ℝ := (xss.map List.sum).sum

theorem sumAll_append (xss yss : List (List ℝ)) :
    sumAll (xss ++ yss) = sumAll xss + sumAll yss := by
  simp [sumAll]

theorem sumAll_reverse (xss : List (List ℝ)) : sumAll xss.reverse = sumAll xss := by
  simp [sumAll]

def pairLoss (ps : List (ℝ × ℝ)) : ℝ := (ps.map fun p => p.1 * p.2).sum

theorem pairLoss_append (xs ys : List (ℝ × ℝ)) :
    pairLoss (xs ++ ys) = pairLoss xs + pairLoss ys := by
  simp [pairLoss]

end Data
