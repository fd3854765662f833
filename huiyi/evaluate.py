"""Evaluation against gold annotations, with the same numbers as shared/tools/score.py.

The scoring logic follows SPEC.md's "Scoring" section; a test runs the
reference scorer on the same predictions and checks both agree.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from huiyi.pipeline.records import ROLES

STRIP = re.compile(r"[\s\"'“”‘’「」『』《》〈〉]")
ROLE_FIELDS = tuple(f"role_{r}" for r in ROLES)  # meeting_roles counted per role
FIELDS = ("people", "person_titles", "meeting_roles", "priority_items", "meeting_date", "organizations", "slogans",
          "adopted", "region", *ROLE_FIELDS, "meeting_names")
# region is one value per report and meeting_names is matched meeting by meeting: neither is a set of facts
SET_FIELDS = tuple(k for k in FIELDS if k not in ("region", "meeting_names"))
HEADLINE = ("people", "person_titles", "meeting_roles", "priority_items")


def norm(s: object) -> str:
    return "" if s is None else STRIP.sub("", unicodedata.normalize("NFKC", str(s)))


def norm_lead(s: object) -> str:
    s = norm(s)
    while s[:1] in ("要", "是", ",", ":", "、"):
        s = s[1:]
    return s


def _who(entry: object) -> object:
    return (entry.get("who") or entry.get("name")) if isinstance(entry, dict) else entry


def facts(rec: dict) -> dict[str, set]:
    f: dict[str, set] = {k: set() for k in SET_FIELDS}
    for p in rec.get("people") or []:
        name = norm(p.get("name"))
        if name:
            f["people"].add(name)
            f["person_titles"].update((name, norm(t)) for t in p.get("titles") or [] if norm(t))
    f["organizations"].update(norm(o) for o in rec.get("organizations") or [] if norm(o))
    f["slogans"].update(norm(s) for s in rec.get("slogans") or [] if norm(s))
    meetings = rec.get("meetings") or []
    for m in meetings:
        for role in ROLES:
            names = {norm(_who(e)) for e in m.get(role) or []} - {""}
            f["meeting_roles"].update((role, n) for n in names)
            f[f"role_{role}"].update(names)
        f["adopted"].update(norm(d) for d in m.get("adopted") or [] if norm(d))
    if meetings:
        d = meetings[0].get("date") or {}
        if d.get("month") and d.get("day"):
            f["meeting_date"].add(("md", int(d["month"]), int(d["day"])))
        if d.get("year"):
            f["meeting_date"].add(("y", int(d["year"])))
    for lst in rec.get("priority_lists") or []:
        for it in lst.get("items") or []:
            lead = norm_lead(it.get("lead"))
            if lead and it.get("n") is not None:
                f["priority_items"].add((int(it["n"]), lead))
    return f


def meeting_names(rec: dict) -> list[tuple[str, set[str]]]:
    """(name, {name, *aliases}) per meeting, normalised."""
    out = []
    for m in rec.get("meetings") or []:
        name = norm(m.get("name"))
        if name:
            out.append((name, {name} | {norm(a) for a in m.get("aliases") or [] if norm(a)}))
    return out


def match_meetings(gold_ms: list, pred_ms: list) -> tuple[int, list[str], list[str]]:
    """Gold meetings found (a predicted name or alias is the gold name, or the gold name is a predicted alias;
    one predicted meeting per gold meeting), the gold names missed and the predicted names left over."""
    free = list(pred_ms)
    found, missed = 0, []
    for gname, gnames in gold_ms:
        hit = next((p for p in free if p[0] in gnames or gname in p[1]), None)
        if hit:
            free.remove(hit)
            found += 1
        else:
            missed.append(gname)
    return found, missed, [p[0] for p in free]


def _prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else (1.0 if ngold == 0 else 0.0)
    r = tp / ngold if ngold else (1.0 if npred == 0 else 0.0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: dict[str, dict], pred: dict[str, dict]) -> tuple[dict, list[dict]]:
    """Micro-averaged P/R/F1 per field over the gold reports, plus per-report misses and extras."""
    tot = {k: [0, 0, 0] for k in FIELDS}
    per_report = []
    for rid, g in gold.items():
        gf, pf = facts(g), facts(pred.get(rid, {}))
        row: dict = {"id": rid}
        found, missed, extra = match_meetings(meeting_names(g), meeting_names(pred.get(rid, {})))
        tot["meeting_names"][0] += found
        tot["meeting_names"][1] += found + len(extra)
        tot["meeting_names"][2] += found + len(missed)
        row["meeting_names"] = {"missed": missed, "extra": extra}
        if "region" in g:  # scored only where the gold carries the key; a region predicted for a null gold is extra
            gr, pr = norm(g.get("region")), norm((pred.get(rid) or {}).get("region"))
            tot["region"][0] += int(bool(gr) and gr == pr)
            tot["region"][1] += int(bool(pr))
            tot["region"][2] += int(bool(gr))
            if gr != pr:
                row["region"] = {"missed": [gr] if gr else [], "extra": [pr] if pr else []}
        for k in SET_FIELDS:
            gs, ps = gf[k], pf[k]
            if k == "meeting_date":
                # a year or month-day the gold leaves open may be resolved from the publication date
                for part in ("y", "md"):
                    if not any(x[0] == part for x in gs):
                        ps = {x for x in ps if x[0] != part}
            tot[k][0] += len(gs & ps)
            tot[k][1] += len(ps)
            tot[k][2] += len(gs)
            row[k] = {"missed": sorted(map(str, gs - ps)), "extra": sorted(map(str, ps - gs))}
        per_report.append(row)
    out: dict = {}
    for k, (tp, npred, ngold) in tot.items():
        p, r, f = _prf(tp, npred, ngold)
        out[k] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "gold": ngold, "pred": npred, "tp": tp}
    out["headline_f1"] = round(sum(out[k]["f1"] for k in HEADLINE) / len(HEADLINE), 4)
    out["reports"] = len(gold)
    out["missing_predictions"] = sorted(set(gold) - set(pred))
    return out, per_report


def load_jsonl(path: Path) -> dict[str, dict]:
    recs = {}
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{i}: not JSON: {e}") from None
                recs[str(rec.get("id"))] = rec
    return recs


def format_table(out: dict) -> str:
    lines = [f"{'field':16} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}"]
    for k, v in out.items():
        if isinstance(v, dict):
            lines.append(f"{k:16} {v['p']:7.3f} {v['r']:7.3f} {v['f1']:7.3f} {v['gold']:6d} {v['pred']:6d}")
    if out["missing_predictions"]:
        lines.append(f"reports without prediction: {len(out['missing_predictions'])}")
    lines.append(f"headline F1 {out['headline_f1']:.4f} over {out['reports']} reports")
    return "\n".join(lines)
