"""prove layer: symbolic strategies (normal form, induction, bounded expansion) over SymPy.

See docs/internals.md: ``prove_law(law, env, *, timeout, bound) -> ProofOutcome``; the named
rewrite rules are in ``rules.py`` (``RULES``).
"""

from jepa_formal.prove.prover import ProofOutcome, prove_law
from jepa_formal.prove.rules import RULE_NAMES, RULES, Rule, rules_by_head

__all__ = ["RULES", "RULE_NAMES", "ProofOutcome", "Rule", "prove_law", "rules_by_head"]
