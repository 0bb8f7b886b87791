#!/usr/bin/env python3
"""Cross-check of Copydesk's agreement figures (model/agreement.cpp) with an independent
implementation: Python's standard library only, straight from the formulas of Krippendorff (2011),
"Computing Krippendorff's Alpha-Reliability" (nominal data: coincidence matrix, section C) and
Cohen (1960). The data are tst_agreement's; the printed values are written into that test.

    python3 tests/scripts/agreement_crosscheck.py
"""
import re
from collections import Counter
from fractions import Fraction


def tokens(text):
    # Copydesk's agreement tokens: a run of word characters, or one other non-space character.
    return [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]


def values(toks, spans):
    out = []
    for start, end in toks:
        labels = sorted({label for (s, e, label) in spans if s < end and start < e})
        out.append("+".join(labels) if labels else "O")
    return out


def kappa(a, b):
    n = len(a)
    po = Fraction(sum(x == y for x, y in zip(a, b)), n)
    ca, cb = Counter(a), Counter(b)
    pe = sum(Fraction(ca[v], n) * Fraction(cb[v], n) for v in ca)
    return (po - pe) / (1 - pe)


def alpha(units):
    """units: lists of the values each unit got (missing values left out)."""
    o = Counter()
    for unit in units:
        m = len(unit)
        if m < 2:
            continue
        for i, c in enumerate(unit):
            for j, k in enumerate(unit):
                if i != j:
                    o[(c, k)] += Fraction(1, m - 1)
    nc = Counter()
    for (c, k), v in o.items():
        nc[c] += v
    n = sum(nc.values())
    observed = sum(v for (c, k), v in o.items() if c != k)
    expected = sum(nc[c] * nc[k] for c in nc for k in nc if c != k)
    return 1 - (n - 1) * observed / expected


def show(name, value):
    print(f"{name}: {float(value):.6f} ({value})")


# tst_agreement::handComputedKappaAlpha: ten items, two annotators.
A = "P P O O O O O O G G".split()
B = "P O O O O O O O G P".split()
show("two annotators, kappa", kappa(A, B))
show("two annotators, alpha", alpha([[a, b] for a, b in zip(A, B)]))
# Three annotators, one value missing.
show("three annotators, alpha", alpha([["a", "a", "a"], ["a", "a", "b"], ["b", "b", "b"], ["a", "b"], ["b", "b", "b"]]))
# Krippendorff (2011), section C: four observers, twelve units, missing values; alpha = 0.743.
K = ["1 2 3 3 2 1 4 1 2 . . .", "1 2 3 3 2 2 4 1 2 5 . 3", ". 3 3 3 2 3 4 2 2 5 1 .", "1 2 3 3 2 4 4 1 2 5 1 ."]
K = [row.split() for row in K]
show("Krippendorff 2011, nominal", alpha([[row[u] for row in K if row[u] != "."] for u in range(12)]))

# tst_agreement::project: one document, three annotators' entity sets.
text = "Anna Rossi met Bob in Rome on Monday."
anna = [(0, 10, "PERSON"), (15, 18, "PERSON"), (22, 26, "GPE"), (30, 36, "DATE")]
bob = [(0, 4, "PERSON"), (15, 18, "PERSON"), (22, 26, "LOC"), (30, 36, "DATE")]
carl = [(0, 10, "PERSON"), (22, 26, "GPE"), (27, 36, "DATE")]
t = tokens(text)
va, vb, vc = values(t, anna), values(t, bob), values(t, carl)
show("project, kappa anna-bob", kappa(va, vb))
show("project, kappa anna-carl", kappa(va, vc))
show("project, kappa bob-carl", kappa(vb, vc))
show("project, alpha of three", alpha([list(u) for u in zip(va, vb, vc)]))
