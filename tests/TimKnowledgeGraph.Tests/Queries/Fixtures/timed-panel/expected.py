"""Every figure TimedAnalysesTests checks, computed from this folder's CSV files alone (no Neo4j, no repository code).

Time as docs/network-measures.md "Analyses by period" defines it: a year given as `from` is its first day, as `to` its
last day; a tie is active in a period (from, to, wave; None = open/any) when (wave is None or its wave is None or equal)
and (to is None or its from is None or from <= to) and (from is None or its to is None or to >= from).
Layer overlap and participation use NetworkX 3.6 graphs (one nx.Graph per layer: undirected, simple); the rest is
plain Python. Run: python3 expected.py   (prints JSON)
"""
import csv, json, os, statistics
from itertools import combinations
import networkx as nx

here = os.path.dirname(os.path.abspath(__file__))
DATASET = "zzq-timed"
WAVES = ["w1", "w2", "w3"]
NATURE = {"trade": "economic", "friendship": "social", "advice": "epistemic"}
LAYERS = sorted(f"{DATASET}/{l}" for l in NATURE)
SOCIAL = {"social", "kinship", "cultural"}


def start(text):
    return None if not text else (f"{text}-01-01" if len(text) == 4 else text)


def end(text):
    return None if not text else (f"{text}-12-31" if len(text) == 4 else text)


def rows(name):
    with open(os.path.join(here, name), newline="") as f:
        return list(csv.DictReader(f))


actors = rows("actors.csv")
region = {a["id"]: a["region"] or None for a in actors}
listed = [dict(actor=a["id"], layer=f"{DATASET}/{l}", vfrom=start(a["from"]), vto=end(a["to"]), wave=a["wave"] or None)
          for a in actors for l in a["layers"].split(";") if l]
ties = [dict(s=t["source"], d=t["target"], layer=f"{DATASET}/{t['layer']}", nature=NATURE[t["layer"]],
             vfrom=start(t["from"]), vto=end(t["to"]), wave=t["wave"] or None) for t in rows("ties.csv")]


def active(item, period):
    f, t, w = period.get("from"), period.get("to"), period.get("wave")
    return ((w is None or item["wave"] is None or item["wave"] == w)
            and (t is None or item["vfrom"] is None or item["vfrom"] <= t)
            and (f is None or item["vto"] is None or item["vto"] >= f))


def timeless(period):
    return all(period.get(k) is None for k in ("from", "to", "wave"))


def layer_graphs(period):
    graphs = {l: nx.Graph() for l in LAYERS}
    for t in ties:
        if active(t, period) and t["s"] != t["d"]:
            graphs[t["layer"]].add_edge(t["s"], t["d"])
    return graphs


def members(period):
    m = {l: set() for l in LAYERS}
    for t in ties:
        if active(t, period):
            m[t["layer"]] |= {t["s"], t["d"]}
    for p in listed:
        if timeless(period) or active(p, period):
            m[p["layer"]].add(p["actor"])
    return m


def overlap(period):
    g, m = layer_graphs(period), members(period)
    out = {}
    for a, b in combinations(LAYERS, 2):
        ea = {frozenset(e) for e in g[a].edges()}
        eb = {frozenset(e) for e in g[b].edges()}
        out[f"{a}|{b}"] = [len(m[a]), len(m[b]), len(m[a] & m[b]), len(m[a] | m[b]), len(ea), len(eb), len(ea & eb), len(ea | eb)]
    return out


def typology(period):
    out = {}
    for r in sorted({r for r in region.values() if r}):
        re = rs = ge = 0
        for t in ties:
            if not active(t, period) or t["s"] == t["d"]:
                continue  # a self-tie ties no two actors: no class counts it
            a, b = region[t["s"]], region[t["d"]]
            inside, touches = a == r and b == r, a == r or b == r
            if inside and t["nature"] == "economic": re += 1
            elif inside and t["nature"] in SOCIAL: rs += 1
            elif touches and not inside and t["nature"] == "economic": ge += 1
        kind = {(True, True, True): "marshallian", (True, False, True): "hub-and-spoke",
                (False, False, True): "satellite-platform"}.get((re > 0, rs > 0, ge > 0), "unclassified")
        out[r] = [sum(1 for v in region.values() if v == r), re, rs, ge, kind]
    return out


def participation(period):
    g, m = layer_graphs(period), members(period)
    out = {}
    for x in sorted(region):
        k = [g[l].degree(x) if x in g[l] else 0 for l in LAYERS]
        o, M = sum(k), len(LAYERS)
        p = 0.0 if o == 0 else M / (M - 1) * (1 - sum((ki / o) ** 2 for ki in k))
        aggregate = len(set().union(*(set(g[l].neighbors(x)) for l in LAYERS if x in g[l])))
        if timeless(period):
            participated = sum(1 for l in LAYERS if x in m[l])
        else:
            participated = sum(1 for i, l in enumerate(LAYERS) if k[i] > 0 or any(
                p_["actor"] == x and p_["layer"] == l and active(p_, period) for p_ in listed))
        out[x] = [k, o, aggregate, p, participated]
    return out


def brokers(period):
    g = layer_graphs(period)
    union = nx.compose_all(list(g.values()))
    out = {}
    for x in sorted(region):
        by_class = {}
        for l in LAYERS:
            if x in g[l] and g[l].degree(x) > 0:
                by_class.setdefault(NATURE[l.split("/")[1]], set()).update(g[l].neighbors(x))
        if len(by_class) < 2:
            continue
        classes_of = {u: {c for c, ns in by_class.items() if u in ns} for u in set().union(*by_class.values())}
        brokered = sum(1 for u, v in combinations(sorted(classes_of), 2)
                       if not (len(classes_of[u]) == 1 and classes_of[u] == classes_of[v]) and not union.has_edge(u, v))
        out[x] = [len(by_class), brokered]
    return out


def pair_key(t):
    return tuple(sorted((t["s"], t["d"])))


def tie_dynamics(lo_cut=None, hi_cut=None):
    out = []
    for l in LAYERS:
        in_wave = {}
        for t in ties:
            if t["layer"] == l and t["s"] != t["d"]:
                waves = set(WAVES) if t["wave"] is None else {t["wave"]}
                for w in waves: in_wave.setdefault(w, set()).add(pair_key(t))
        for i in range(1, len(WAVES)):
            before, after = in_wave.get(WAVES[i - 1], set()), in_wave.get(WAVES[i], set())
            formed, dissolved, kept = len(after - before), len(before - after), len(after & before)
            total = formed + dissolved + kept
            out.append([l, "wave", WAVES[i], WAVES[i - 1], len(after), formed, dissolved, kept, 0.0 if total == 0 else kept / total])
    years = [int(d[:4]) for t in ties for d in (t["vfrom"], t["vto"]) if d]
    lo, hi = min(years), max(years)
    if lo_cut: lo = max(lo, lo_cut)
    if hi_cut: hi = min(hi, hi_cut)
    for l in LAYERS:
        spells = {(pair_key(t), t["vfrom"], t["vto"]) for t in ties if t["layer"] == l and t["s"] != t["d"]}
        for y in range(lo, hi + 1):
            act = {p for p, f, to in spells if (f is None or int(f[:4]) <= y) and (to is None or int(to[:4]) >= y)}
            formed = sum(1 for p, f, to in spells if f and int(f[:4]) == y)
            dissolved = sum(1 for p, f, to in spells if to and int(to[:4]) == y)
            out.append([l, "year", str(y), None, len(act), formed, dissolved, None, None])
    return out


def coupling_pairs():
    starts = {}
    for t in ties:
        if t["s"] != t["d"]:
            starts.setdefault(pair_key(t), {}).setdefault(t["layer"], []).append(t)
    out = []
    for (x, y), layers in sorted(starts.items()):
        for a, b in combinations(sorted(layers), 2):
            def first(ts):
                if all(t["wave"] for t in ts): return ("wave", min(WAVES.index(t["wave"]) + 1 for t in ts))
                if all(t["vfrom"] for t in ts): return ("year", min(t["vfrom"] for t in ts))
                return (None, None)
            (ka, sa), (kb, sb) = first(layers[a]), first(layers[b])
            if ka == kb == "wave": basis, lag = "wave", sb - sa
            elif ka == kb == "year": basis, lag = "year", int(sb[:4]) - int(sa[:4])
            else: basis, lag = "unknown", None
            show = lambda k, s: WAVES[s - 1] if k == "wave" and basis != "year" else s
            r = region[x] if region[x] and region[x] == region[y] else "extra-regional"
            order = None if lag is None else ("A" if lag > 0 else "B" if lag < 0 else "same period")
            out.append([x, y, r, a, b, basis, show(ka, sa), show(kb, sb), order, lag])
    return out


def coupling(group_by):
    groups = {}
    for x, y, r, a, b, basis, sa, sb, order, lag in coupling_pairs():
        na, nb = NATURE[a.split("/")[1]], NATURE[b.split("/")[1]]
        if group_by == "nature" and na > nb:
            a, b, na, nb, lag = b, a, nb, na, (None if lag is None else -lag)
        la, lb = (None, None) if group_by == "nature" else (a, b)
        for reg in (r, "all"):
            groups.setdefault((la, lb, na, nb, reg, basis), []).append(lag)
    out = []
    for key, lags in sorted(groups.items(), key=lambda kv: tuple("" if v is None else v for v in kv[0])):
        ahead = [l for l in lags if l is not None and l > 0]
        behind = [-l for l in lags if l is not None and l < 0]
        out.append([*key, len(lags), len(ahead), len(behind), sum(1 for l in lags if l == 0),
                    statistics.median(ahead) if ahead else None, statistics.median(behind) if behind else None])
    return out


PERIODS = {
    "all": {},
    "w1": {"wave": "w1"}, "w2": {"wave": "w2"}, "w3": {"wave": "w3"},
    "2008": {"from": "2008-01-01", "to": "2008-12-31"},
    "from2012": {"from": "2012-01-01"},
    "to2006": {"to": "2006-12-31"},
    "w2in2010": {"wave": "w2", "from": "2010-01-01", "to": "2010-12-31"},
}
print(json.dumps({
    "periods": PERIODS,
    "overlap": {n: overlap(p) for n, p in PERIODS.items()},
    "typology": {n: typology(p) for n, p in PERIODS.items()},
    "participation": {n: participation(p) for n, p in PERIODS.items()},
    "brokers": {n: brokers(p) for n, p in PERIODS.items()},
    "tieDynamics": tie_dynamics(),
    "tieDynamics2009to2010": tie_dynamics(2009, 2010),
    "couplingByLayer": coupling("layer"),
    "couplingByNature": coupling("nature"),
    "couplingPairs": coupling_pairs(),
}, indent=1, sort_keys=True))
