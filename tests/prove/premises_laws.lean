theorem f1 (x y : Float) (h : x ≤ y) (h2 : y ≤ x) : x = y := by sorry
theorem f2 (x y : Float) (h : ¬ x < y) : y ≤ x := by sorry
theorem f3 (x y : Float) (h : x + 1.0 = y + 1.0) : x = y := by sorry
theorem f4 (x : Float) (h : x = x + 0.0) : x + 0.0 = x := by sorry
theorem n1 (a b : ℕ) (h : a - b = 0) : a ≤ b := by omega
theorem n1b (a b : ℕ) (h : a - b = 0) : a < b := by sorry
theorem n2 (a b : ℕ) (h : a / 2 = b / 2) : a = b := by sorry
theorem n3 (a b : ℕ) (h : a % 2 = 1) (h2 : b % 2 = 1) : (a + b) % 2 = 0 := by omega
theorem n3b (a b : ℕ) (h : a % 2 = 1) (h2 : b % 2 = 1) : (a * b) % 2 = 0 := by sorry
theorem z1 (a b : ℤ) (h : a / 2 = b / 2) (h2 : a % 2 = b % 2) : a = b := by omega
theorem z1b (a b : ℤ) (h : a / 2 = b / 2) : a = b := by sorry
theorem z2 (a : ℤ) (h : a / 0 = 1) : False := by simp at h
theorem z3 (a b : ℤ) (h : b ≠ 0) (h2 : a = b * (a / b)) : a % b = 0 := by sorry
theorem i1 (n : ℕ) (i j : Fin (n + 1)) (h : i + 1 = j + 1) : i = j := by sorry
theorem i2 (i j : Fin 3) (h : i.val + 1 = j.val + 1) : i = j := by omega
theorem i3 (i : Fin 3) (h : i + 1 = 0) : i = 2 := by sorry
theorem i3b (i : Fin 3) (h : i + 1 = 0) : i = 1 := by sorry
theorem c1 (a b : ℕ) (h : (a : ℤ) - b = 0) : a = b := by omega
theorem c1b (a b : ℕ) (h : a - b = 0) : a = b := by sorry
theorem q1 (x y : ℚ) (h : x / 0 = y) : y = 0 := by simp at h; exact h.symm
theorem q2 (x y : ℚ) (h : 2 * x = 2 * y) : x = y := by linarith
theorem q2b (x y : ℚ) (h : 0 * x = 0 * y) : x = y := by sorry
theorem r1 (x : ℝ) (h : x * x = 4) : x = 2 := by sorry
theorem r2 (x : ℝ) (h : x * x = 4) (h2 : 0 ≤ x) : x = 2 := by nlinarith
theorem r3 (x : ℝ) (h : Real.sqrt x = 2) : x = 4 := by sorry
theorem l1 (xs : List ℕ) (h : xs.length = 3) : xs.length + 1 = 4 := by omega
theorem l2 (xs ys : List ℕ) (h : xs.sum = ys.sum) : (xs ++ ys).sum = 2 * xs.sum := by sorry
theorem l2b (xs ys : List ℕ) (h : xs.sum = ys.sum) : (xs ++ ys).sum = 2 * ys.length := by sorry
theorem m1 (a b : ℕ) (h : max a b = a) : b ≤ a := by omega
theorem m1b (a b : ℕ) (h : max a b = a) : b < a := by sorry
