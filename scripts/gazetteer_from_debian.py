#!/usr/bin/env python3
"""Builds the entity engine's generated gazetteers from Debian data packages (run at build time).

Inputs (Debian packages):
  iso-codes  /usr/share/iso-codes/json/iso_3166-1.json, iso_3166-2.json: countries and subdivisions
  tzdata     /usr/share/zoneinfo/zone1970.tab, zone.tab: the cities that name time zones
  wamerican  /usr/share/dict/american-english: which words are ordinary lower-case English words
             and which occur only capitalised (proper nouns)
Outputs (in --out):
  gazetteer-iso.tsv   LABEL<TAB>name<TAB>reason, one entry a line
  common-words.txt    lower-case dictionary words, one a line
  proper-words.txt    words the dictionary only knows capitalised, one a line

usage: gazetteer_from_debian.py --iso-codes DIR --zoneinfo DIR --words FILE --out DIR
"""
import argparse
import json
import os
import re
import sys

# Lower-case words allowed inside a place name ("Bosnia and Herzegovina", "Isle of Man").
CONNECTORS = {"and", "of", "the", "upon", "on", "de", "del", "da", "do", "dos", "das", "di", "du",
              "des", "la", "le", "les", "el", "al", "y", "en", "am", "an", "der", "im", "sur", "in"}


def usable(name, common, country=False):
    """A name is used when every word is capitalised or a connector, and it is not an ordinary word
    (countries always are: "Turkey", "Japan", "Chad")."""
    if not name or "," in name or "(" in name:
        return False
    words = name.split()
    if not words or not words[0][:1].isupper():
        return False
    for w in words:
        if not (w[:1].isupper() or w in CONNECTORS):
            return False
    # A one-word name that is also an ordinary word ("Central", "Capital") would fire everywhere.
    if len(words) == 1 and name.lower() in common and not country:
        return False
    return True


def variants(name):
    """The name and the names given in brackets: "Bridgend [Pen-y-bont ar Ogwr GB-POG]"."""
    out = []
    m = re.match(r"^(.*?)\s*\[(.*)\]\s*$", name)
    if m:
        out.append(m.group(1).strip())
        inner = re.sub(r"\b[A-Z]{2}-[A-Z0-9]+\b", "", m.group(2)).strip()
        if inner:
            out.append(inner)
    else:
        out.append(name.strip())
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--iso-codes", required=True)
    ap.add_argument("--zoneinfo", required=True)
    ap.add_argument("--words", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)

    common, proper = set(), set()
    with open(a.words, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if not w or "'" in w:
                continue
            if w.islower():
                common.add(w)
            elif w[0].isupper() and not w.isupper():
                proper.add(w)
    proper = {w for w in proper if w.lower() not in common}

    entries = {}

    def add(label, name, reason):
        name = " ".join(name.split())
        if usable(name, common, reason.endswith("country")) and name not in entries:
            entries[name] = (label, reason)

    with open(os.path.join(a.iso_codes, "iso_3166-1.json"), encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    for c in countries:
        for key in ("common_name", "name", "official_name"):
            if key in c:
                add("GPE", c[key], "gazetteer: country")
    with open(os.path.join(a.iso_codes, "iso_3166-2.json"), encoding="utf-8") as f:
        subdivisions = json.load(f)["3166-2"]
    for s in subdivisions:
        for v in variants(s["name"]):
            add("GPE", v, "gazetteer: state or province")

    for tab in ("zone1970.tab", "zone.tab"):
        path = os.path.join(a.zoneinfo, tab)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 3 or cols[2].startswith(("Antarctica/", "Etc/")):
                    continue
                city = cols[2].rsplit("/", 1)[-1].replace("_", " ")
                add("GPE", city, "gazetteer: city")

    def write(name, lines):
        tmp = os.path.join(a.out, name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            for line in lines:
                f.write(line + "\n")
        os.replace(tmp, os.path.join(a.out, name))

    write("gazetteer-iso.tsv", [f"{lab}\t{name}\t{reason}" for name, (lab, reason) in sorted(entries.items())])
    write("common-words.txt", sorted(common))
    write("proper-words.txt", sorted(proper))
    return 0


if __name__ == "__main__":
    sys.exit(main())
