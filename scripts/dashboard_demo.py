#!/usr/bin/env python3
"""Invented articles for the dashboard's screenshot (README "The window"): 60 short reports from
five made-up publications over six months, quotes linked to named and anonymous speakers, a few
left as suggestions. Deterministic. Usage: scripts/dashboard_demo.py [N] > demo.jsonl (N articles,
60 by default: the README's speed figure uses 100000)."""
import json
import random
import sys

random.seed(7)
SOURCES = ["Harbour Times", "Valley News", "The Northern Ledger", "City Wire", "Coastal Herald"]
NAMED = [("Ivo Berg", "person"), ("Mara Lind", "person"), ("the port authority", "organisation"),
         ("Dr. Ana Voss", "person"), ("the city council", "organisation"), ("Tomas Reyes", "person"),
         ("Lena Park", "person")]
ANONYMOUS = ["an official", "a port worker", "sources close to the talks", "a senior engineer", "officials"]
CLAIMS = ["Ferries will stop in winter", "The bridge needs repairs", "Rents keep rising",
          "Schools reopen in May", "The budget is short", "Trains run late again",
          "The harbour will expand", "Water prices go up"]
MONTHS = ["2023-09", "2023-10", "2023-11", "2023-12", "2024-01", "2024-02"]

for i in range(int(sys.argv[1]) if len(sys.argv) > 1 else 60):
    source = SOURCES[i % 5] if i % 7 else random.choice(SOURCES)
    date = f"{random.choice(MONTHS)}-{random.randint(1, 28):02d}"
    title = f"{random.choice(CLAIMS)}, says report {i + 1}"
    text = title + "\n\n"
    spans, relations = [], []
    for q in range(random.choice([0, 1, 1, 2, 2, 3, 3, 4, 5, 7])):
        if random.random() < 0.15 + 0.1 * (i % 5):
            speaker, kind = random.choice(ANONYMOUS), "anonymous"
        else:
            speaker, kind = random.choice(NAMED)
        claim = random.choice(CLAIMS)
        quote_start = len(text) + 1
        text += f"\"{claim},\" "
        speaker_start = len(text)
        text += f"{speaker} said.\n"
        status = "suggested" if random.random() < 0.2 else "accepted"
        spans.append({"id": f"q{q}", "label": "QUOTE", "start": quote_start, "end": quote_start + len(claim),
                      "attrs": {"form": "direct"}, "status": status})
        spans.append({"id": f"s{q}", "label": "SOURCE", "start": speaker_start,
                      "end": speaker_start + len(speaker), "attrs": {"kind": kind}, "status": status})
        relations.append({"label": "SPEAKER", "head": f"q{q}", "child": f"s{q}"})
    text += "More on this story later.\n"
    sys.stdout.write(json.dumps({"id": f"demo-{i + 1}", "title": title, "text": text,
                                 "meta": {"source": source, "published": date},
                                 "spans": spans, "relations": relations}) + "\n")
