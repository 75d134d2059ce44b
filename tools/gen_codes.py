#!/usr/bin/env python3
"""Build src/eventcoder/data/cameo/codes.csv from the CAMEO codebook and the
2021 CAMEO->PLOVER crosswalk kept in shared/reference/.

Rules:
* one row per distinct codebook code (first occurrence wins; codes stay strings);
* PLOVER type/mode/context come from the crosswalk line of the same code;
* two-digit roots take the values of their "x0" child;
* root 01 (public statements) has no PLOVER type;
* root 02 (appeals) mirrors root 10 (demands) sub-code by sub-code, 02x -> 10x;
* any other code absent from the crosswalk inherits from its nearest listed parent;
* a missing/NA Goldstein score inherits the parent's score.
Prints the codes that needed a fallback so they can be reviewed.

Usage: python3 tools/gen_codes.py [REFERENCE_DIR] [OUT_CSV]
"""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "reference")
if not os.path.isdir(REF):
    REF = "/work/shared/reference"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    HERE, "..", "src", "eventcoder", "data", "cameo", "codes.csv")

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
                "MOBILIZE", "COERCE", "ASSAULT"}


def read_codebook():
    rows, seen = [], set()
    with open(os.path.join(REF, "cameo_event_codes.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            code = r["code"].strip()
            if code in seen:
                continue
            seen.add(code)
            rows.append((code, r["name"].strip(), r["goldstein"].strip()))
    return rows


def read_crosswalk():
    xw = {}
    line_re = re.compile(r"^(\d{3,4}):\s*([^#]*)")
    with open(os.path.join(REF, "CAMEO2PLOVER-2021.txt"), encoding="utf-8") as f:
        for line in f:
            m = line_re.match(line.strip())
            if not m:
                continue  # headers, blank lines and two-digit section labels
            code, body = m.group(1), m.group(2)
            parts = [p.strip() for p in body.split(",")]
            parts += [""] * (3 - len(parts))
            ptype, mode, ctx = parts[0].upper(), parts[1], parts[2]
            ctx = ";".join(c.strip() for c in ctx.split(";") if c.strip())
            if code in xw and xw[code] != (ptype, mode, ctx):
                print(f"warning: conflicting crosswalk rows for {code}", file=sys.stderr)
            xw.setdefault(code, (ptype, mode, ctx))
    return xw


def parents(code):
    """Nearest parents first: 4-digit -> 3-digit -> x0 child of the root."""
    out = []
    if len(code) == 4:
        out.append(code[:3])
    if len(code) >= 3:
        out.append(code[:2] + "0")
    return out


def main():
    book = read_codebook()
    xw = read_crosswalk()
    gold = {c: g for c, _, g in book}
    fallback_plover, fallback_gold = [], []
    out_rows = []
    for code, name, g in book:
        root = code[:2]
        lookup = code if len(code) > 2 else root + "0"
        if root == "01":
            plover = ("", "", "")
        else:
            if root == "02":
                lookup = "10" + lookup[2:]
            plover = xw.get(lookup)
            if plover is None:
                for p in parents(lookup):
                    if p in xw:
                        plover = xw[p]
                        fallback_plover.append(f"{code}->{p}")
                        break
            if plover is None:
                raise SystemExit(f"no crosswalk value for {code}")
        try:
            gs = float(g)
        except ValueError:
            gs = None
            for p in [code[:3], code[:2] + "0", code[:2]]:
                if p != code and p in gold:
                    try:
                        gs = float(gold[p])
                        fallback_gold.append(f"{code}->{p}")
                        break
                    except ValueError:
                        pass
        if plover[0] and plover[0] not in PLOVER_TYPES:
            raise SystemExit(f"bad PLOVER type {plover[0]} for {code}")
        out_rows.append([code, name, "" if gs is None else f"{gs:g}", *plover])
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "goldstein", "plover_type", "plover_mode", "plover_context"])
        w.writerows(out_rows)
    print(f"wrote {len(out_rows)} rows to {OUT}")
    print("PLOVER values inherited from parent (not in crosswalk):", ", ".join(fallback_plover) or "none")
    print("Goldstein inherited from parent (NA/empty in codebook):", ", ".join(fallback_gold) or "none")


if __name__ == "__main__":
    main()
