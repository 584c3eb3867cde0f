#!/usr/bin/env python3
"""Reference values for the network measures, computed with NetworkX (3.6) from a dataset folder in our CSV format.

usage: measures.py FOLDER --layers a,b[,...] [--sources ID,ID,...]

Reads FOLDER/actors.csv (id, name, kind, region, ...) and FOLDER/ties.csv (source, target, layer, ...). Every layer is an
undirected simple graph over ALL actors of the dataset (node-aligned); the aggregate is the union of the layers. Prints
JSON: for "aggregate" and each layer, per actor id: degree, betweenness (exact, or from the given sources with
NetworkX's own sampled-betweenness scaling), effective size, constraint (NaN for isolates, as NetworkX returns; written as null), and the
five Gould-Fernandez roles; across layers: multiplex degree and participation coefficient (Battiston et al. 2014).
"""
import csv
import json
import math
import sys

import networkx as nx
from networkx.algorithms.centrality.betweenness import (
    _accumulate_basic, _rescale, _single_source_shortest_path_basic)


def read(folder, layers):
    with open(f"{folder}/actors.csv", newline="", encoding="utf-8") as f:
        actors = [(r["id"], (r.get("region") or "").strip() or None) for r in csv.DictReader(f)]
    graphs = {}
    for layer in layers:
        g = nx.Graph()
        g.add_nodes_from(a for a, _ in actors)
        graphs[layer] = g
    with open(f"{folder}/ties.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["layer"] in graphs and r["source"] != r["target"]:
                graphs[r["layer"]].add_edge(r["source"], r["target"])
    aggregate = nx.Graph()
    aggregate.add_nodes_from(a for a, _ in actors)
    for g in graphs.values():
        aggregate.add_edges_from(g.edges())
    return actors, graphs, aggregate


def betweenness(g, sources):
    if sources is None:
        return nx.betweenness_centrality(g, normalized=True, endpoints=False)
    # nx.betweenness_centrality(g, k=...) draws its own sample; this is its body with our sample.
    b = dict.fromkeys(g, 0.0)
    for s in sources:
        S, P, sigma, _ = _single_source_shortest_path_basic(g, s)
        b, _ = _accumulate_basic(b, S, P, sigma, s)
    return _rescale(b, len(g), normalized=True, directed=False, endpoints=False, sampled_nodes=sources)


def gould_fernandez(g, region):
    """Gould & Fernandez (1989) roles, counted plainly from the definition as sna::brokerage counts them: ordered
    pairs (a, c) of distinct nodes with a -> ego -> c and not a -> c, each undirected tie being two arcs."""
    roles = {}
    for ego in g:
        counts = dict(coordinator=0, itinerant=0, representative=0, gatekeeper=0, liaison=0)
        roles[ego] = counts
        if region[ego] is None:
            continue
        for a in g[ego]:
            for c in g[ego]:
                if a == c or g.has_edge(a, c) or region[a] is None or region[c] is None:
                    continue
                ra, re, rc = region[a], region[ego], region[c]
                if ra == re == rc:
                    counts["coordinator"] += 1
                elif ra == rc:
                    counts["itinerant"] += 1
                elif re == ra:
                    counts["representative"] += 1
                elif re == rc:
                    counts["gatekeeper"] += 1
                else:
                    counts["liaison"] += 1
    return roles


def measures(g, region, sources):
    roles = gould_fernandez(g, region)
    return {
        "degree": dict(g.degree()),
        "betweenness": betweenness(g, sources),
        "effectiveSize": nx.effective_size(g),
        "constraint": nx.constraint(g),
        **{role: {v: roles[v][role] for v in g} for role in
           ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")},
    }


def participation(actors, graphs):
    m = len(graphs)
    multiplex, p = {}, {}
    for a, _ in actors:
        k = [g.degree(a) for g in graphs.values()]
        o = sum(k)
        multiplex[a] = sum(1 for x in k if x > 0)
        p[a] = 0.0 if o == 0 or m < 2 else m / (m - 1) * (1 - sum((x / o) ** 2 for x in k))
    return multiplex, p


def main(argv):
    folder = argv[1]
    layers = argv[argv.index("--layers") + 1].split(",")
    sources = argv[argv.index("--sources") + 1].split(",") if "--sources" in argv else None
    actors, graphs, aggregate = read(folder, layers)
    region = dict(actors)
    multiplex, p = participation(actors, graphs)
    out = {
        "networkx": nx.__version__,
        "aggregate": measures(aggregate, region, sources),
        "layers": {layer: measures(g, region, sources) for layer, g in graphs.items()},
        "multiplexDegree": multiplex,
        "participation": p,
    }
    json.dump(without_nan(out), sys.stdout, allow_nan=False)


def without_nan(value):
    """NaN (undefined, e.g. the constraint of an isolate) as JSON null: strict JSON readers reject NaN."""
    if isinstance(value, dict):
        return {k: without_nan(v) for k, v in value.items()}
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


if __name__ == "__main__":
    main(sys.argv)
