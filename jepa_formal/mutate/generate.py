"""Generating the mutants of a definition: every operator at every site, kept only when the
mutant elaborates.

Why elaborate every candidate: an ill-typed mutant is not a mistake anyone could ship (Lean
rejects it), so counting it would inflate the score. Each candidate's body is put in place of
the definition's and elaborated by the same elaborator as the file; candidates that fail, that
change the result type, that mean the same core term as the original, or that repeat an
earlier mutant are dropped (and counted as ``rejected``).
"""

from __future__ import annotations

from dataclasses import dataclass

from jepa_formal.errors import JepaFormalError
from jepa_formal.mirror.core.terms import DefInfo, Expr
from jepa_formal.mutate.operators import OPERATORS, Operator
from jepa_formal.mutate.result import Mutant
from jepa_formal.mutate.sites import Typer, param_names, sites
from jepa_formal.mutate.spec import Spec
from jepa_formal.reader import print_term, syntax


@dataclass(frozen=True, slots=True)
class Generated:
    """A mutant with what checking it needs: its syntax ``body`` and elaborated ``info``."""

    mutant: Mutant
    body: syntax.Term
    info: DefInfo


@dataclass(frozen=True, slots=True)
class Generation:
    mutants: tuple[Generated, ...]
    rejected: int
    note: str = ""


def generate(spec: Spec, full: str, operators: tuple[Operator, ...] | None = None
             ) -> Generation:
    """The mutants of the definition ``full`` (by body), in operator then site order."""
    decl = spec.declaration(full)
    original = spec.env.definition(full)
    if decl.body is None or original.body is None:
        return Generation((), 0, "defined by pattern matching: its equations are not mutated")
    typer = Typer(spec.env, original, decl)
    params = param_names(original)
    seen: set[Expr] = {original.body}
    out: list[Generated] = []
    rejected = 0
    short = full.rsplit(".", 1)[-1]
    all_sites = list(sites(decl.body, params))
    for op in operators or tuple(OPERATORS):
        for site in all_sites:
            for candidate in op.propose(site, typer):
                found = None
                for alternative in candidate.alternatives:
                    body = site.rebuild(alternative)
                    info = _elaborate(spec, full, body, original)
                    if info is not None:
                        found = (body, info)
                        break
                if found is None or found[1].body in seen:
                    rejected += 1
                    continue
                body, info = found
                assert info.body is not None
                seen.add(info.body)
                mutant = Mutant(f"{short}:{len(out) + 1}", full, op.name, op.group,
                                candidate.description, print_term(body))
                out.append(Generated(mutant, body, info))
    return Generation(tuple(out), rejected)


def _elaborate(spec: Spec, full: str, body: syntax.Term, original: DefInfo) -> DefInfo | None:
    """The mutant definition, or None when it does not elaborate to the original's type."""
    try:
        info = spec.with_body(full, body).definition(full)
    except (JepaFormalError, RecursionError):
        return None
    except Exception:  # an elaborator crash on a strange candidate: not a mutant
        return None
    if info.body is None or info.result_ty != original.result_ty or info.recursive:
        return None
    return info
