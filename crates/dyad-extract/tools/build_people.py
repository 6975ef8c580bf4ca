#!/usr/bin/env python3
"""Builds data/gazetteer/people.tsv (well-known political figures and their countries) from the
person entries of the Phoenix/PETRARCH2 CountryInfo actor dictionary (MIT, (c) 2014 Open Event
Data Alliance).

    python3 crates/dyad-extract/tools/build_people.py ../shared/data/dicts/Phoenix.Countries.actors.txt \
        > data/gazetteer/people.tsv

A person entry is a line `NAME_  # CountryInfo.txt`, followed by `+ALIAS_` lines and
`[CCCSSS dates]` role lines (CCC = CAMEO country, SSS = sector). Output: one row per person
with the country all their roles share and the sector of their latest role. Aliases are kept
when they are the name's own words (`PUTIN`, `VLADIMIR PUTIN`) or a spelling variant without a
title word; a name form claimed by people of different countries is dropped as ambiguous.
"""
import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SECTORS = {"GOV", "ELI", "MIL", "OPP", "REB", "JUD", "LEG", "PTY", "BUS", "MED", "EDU", "REL", "CVL", "LAB", "SPY", "COP"}


def cameo_to_iso():
    m = {}
    for line in (ROOT / "data/events/cameo_countries.tsv").read_text().splitlines()[1:]:
        if line.startswith("#") or "\t" not in line:
            continue
        a, b = line.split("\t")[:2]
        m[a.strip()] = b.strip()
    return m


def title_words():
    words = {w.strip().lower().rstrip(".") for w in (ROOT / "data/lexicon/honorifics.txt").read_text().splitlines() if w and not w.startswith("#")}
    for line in (ROOT / "data/lexicon/titles.tsv").read_text().splitlines():
        if line.startswith("#") or line.startswith("title\t"):
            continue
        for w in line.split("\t")[0].lower().split():
            words.add(w)
    return words


def norm(name):
    name = name.strip().rstrip("_").replace("_", " ")
    name = re.sub(r"\s+", " ", name).strip()
    return name


def end_date(dates):
    # "490101-910710" → end; ">080508" → open-ended (latest); "" → undated default.
    if dates.startswith(">"):
        return "999999"
    if "-" in dates:
        e = dates.split("-")[1]
        return ("1" if int(e[:2]) < 30 else "0") + e  # yymmdd across 1900/2000
    return ""


def main(path):
    iso = cameo_to_iso()
    titles = title_words()
    people = []
    cur = None
    for raw in Path(path).read_text(encoding="latin-1").splitlines():
        line = raw.rstrip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("\t") or line.startswith(" "):
            m = re.match(r"\s*\[([A-Z_]{3})([A-Z]{3})?\s*([^\]]*)\]", line)
            if cur is not None and m:
                cur["roles"].append((m.group(1), m.group(2) or "", m.group(3).strip()))
            continue
        if line.startswith("+"):
            if cur is not None:
                cur["aliases"].append(norm(line[1:].split("#")[0]))
            continue
        if "# CountryInfo.txt" not in line and cur is not None and not cur["roles"]:
            # TABARI: plain lines before the role block are more names of the same actor.
            cur["aliases"].append(norm(line.split("#")[0]))
            continue
        # CountryInfo people carry the comment; a few later additions (heads of state) do
        # not, and count as people when their roles are dated and their name has no title.
        cur = {"name": norm(line.split("#")[0]), "aliases": [], "roles": [], "marked": "# CountryInfo.txt" in line}
        people.append(cur)
    rows = []
    claims = collections.defaultdict(set)
    for p in people:
        if not p["marked"]:
            words = p["name"].lower().split()
            dated = any(r[2] for r in p["roles"])
            if not dated or any(w in titles for w in words) or not 2 <= len(words) <= 4:
                continue
        countries = {iso.get(c, c) for c, _, _ in p["roles"]}
        countries.discard("")
        if len(countries) != 1 or not p["roles"]:
            continue
        country = countries.pop()
        if not re.fullmatch(r"[A-Z]{3}", country):
            continue
        latest = max(p["roles"], key=lambda r: end_date(r[2]) or "0")
        sector = latest[1] if latest[1] in SECTORS else ""

        main_words = p["name"].lower().split()
        forms = []
        for a in p["aliases"]:
            words = a.lower().split()
            if not words or any(not re.fullmatch(r"[a-z][a-z'\-\.]*", w) for w in words):
                continue
            own = all(w in main_words for w in words)
            variant = len(words) >= 2 and not any(w.rstrip(".") in titles for w in words)
            if own or variant:
                forms.append(" ".join(w.capitalize() for w in words))
        name = " ".join(w.capitalize() for w in main_words)
        if len(main_words) < 2:
            continue
        forms = [f for f in dict.fromkeys(forms) if f != name]
        rows.append((name, forms, country, sector))
        for f in [name] + forms:
            claims[f.lower()].add(country)
    print("# Well-known political figures (heads of state and government, ministers, party and armed-forces leaders")
    print("# up to 2014) and their countries. Generated by crates/dyad-extract/tools/build_people.py from the person")
    print("# entries of Phoenix.Countries.actors.txt (CountryInfo.140130, MIT, (c) 2014 Open Event Data Alliance).")
    print("# sector = CAMEO sector of the latest role (GOV, ELI = former/elite, MIL, OPP, ...). Name forms claimed by")
    print("# people of different countries are dropped as ambiguous. See data/SOURCES.md.")
    print("name\taliases\tcountry\tsector")
    for name, forms, country, sector in sorted(rows):
        if len(claims[name.lower()]) > 1:
            continue
        forms = [f for f in forms if len(claims[f.lower()]) == 1]
        print(f"{name}\t{'|'.join(forms)}\t{country}\t{sector}")


if __name__ == "__main__":
    main(sys.argv[1])
