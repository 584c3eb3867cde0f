#!/usr/bin/env python3
"""Reference values for the measures of DIRECTED layers, with NetworkX (3.6), from a dataset folder in our CSV format.

usage: directed.py FOLDER --layers a,b[,...] --directed a[,...] [--sources ID,ID,...]

A layer named in --directed is an nx.DiGraph over ALL actors (each tie an arc source -> target; parallel arcs count
once, self-loops are removed); the others are undirected as in measures.py. The aggregate, when any layer is directed,
is a DiGraph: the directed layers' arcs plus each undirected tie as two arcs. Prints the JSON of measures.py, where a
directed graph also has inDegree and outDegree, and "degree" is NetworkX's DiGraph degree (in + out).

Structural holes on a DiGraph: nx.effective_size and nx.constraint. Without SciPy (as on this machine) NetworkX takes
its pure-Python path, which returns NaN for a node with no successors even when it has predecessors; its SciPy path
(the usual install) gives them a value, from the same formula. For those nodes the value printed is NetworkX's own
per-node formula (its `local_constraint`, and the body of its nested `redundancy`, which the SciPy path computes as matrices), and
their ids are listed under "predecessorsOnly".

Gould-Fernandez roles: NetworkX has none; counted here plainly from the definition (Gould & Fernandez 1989; R's
sna::brokerage): for broker b, ordered pairs (a, c), a != c, with a -> b -> c and not a -> c; groups are regions.
"""
import csv
import json
import math
import os
import sys

import networkx as nx
from networkx.algorithms.centrality.betweenness import (
    _accumulate_basic, _rescale, _single_source_shortest_path_basic)
from networkx.algorithms.structuralholes import local_constraint, normalized_mutual_weight

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measures as undirected  # noqa: E402


def read(folder, layers, directed):
    actors, _, _ = undirected.read(folder, [])
    graphs = {}
    for layer in layers:
        g = nx.DiGraph() if layer in directed else nx.Graph()
        g.add_nodes_from(a for a, _ in actors)
        graphs[layer] = g
    with open(f"{folder}/ties.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["layer"] in graphs:
                graphs[r["layer"]].add_edge(r["source"], r["target"])
    for g in graphs.values():
        g.remove_edges_from(list(nx.selfloop_edges(g)))
    aggregate = nx.DiGraph()
    aggregate.add_nodes_from(a for a, _ in actors)
    for g in graphs.values():
        aggregate.add_edges_from(g.edges())
        if not g.is_directed():
            aggregate.add_edges_from((v, u) for u, v in g.edges())
    return actors, graphs, aggregate


def betweenness(g, sources):
    if sources is None:
        return nx.betweenness_centrality(g, normalized=True, endpoints=False)
    b = dict.fromkeys(g, 0.0)
    for s in sources:
        S, P, sigma, _ = _single_source_shortest_path_basic(g, s)
        b, _ = _accumulate_basic(b, S, P, sigma, s)
    return _rescale(b, len(g), normalized=True, directed=True, endpoints=False, sampled_nodes=sources)


def gould_fernandez(g, region):
    roles = {}
    for b in g:
        counts = dict(coordinator=0, itinerant=0, representative=0, gatekeeper=0, liaison=0)
        roles[b] = counts
        if region[b] is None:
            continue
        for a in g.predecessors(b):
            for c in g.successors(b):
                if a == c or g.has_edge(a, c) or region[a] is None or region[c] is None:
                    continue
                ra, rb, rc = region[a], region[b], region[c]
                if ra == rb == rc:
                    counts["coordinator"] += 1     # w_I: A -> A -> A
                elif ra == rc:
                    counts["itinerant"] += 1       # w_O: A -> B -> A
                elif ra == rb:
                    counts["representative"] += 1  # b_IO: A -> A -> B
                elif rb == rc:
                    counts["gatekeeper"] += 1      # b_OI: A -> B -> B
                else:
                    counts["liaison"] += 1         # b_O: A -> B -> C
    return roles


def redundancy(g, u, v):
    """The body of NetworkX 3.6's effective_size.redundancy (a nested function there), unweighted."""
    nmw = normalized_mutual_weight
    return 1 - sum(nmw(g, u, w) * nmw(g, v, w, norm=max) for w in set(nx.all_neighbors(g, u)))


def holes(g):
    size, cons = nx.effective_size(g), nx.constraint(g)
    only = [v for v in g if g.out_degree(v) == 0 and g.in_degree(v) > 0]
    for v in only:
        assert math.isnan(size[v]) and math.isnan(cons[v]), v
        contacts = set(nx.all_neighbors(g, v))
        size[v] = sum(redundancy(g, v, u) for u in contacts)
        cons[v] = sum(local_constraint(g, v, u) for u in contacts)
    return size, cons, only


def measures(g, region, sources):
    if not g.is_directed():
        return undirected.measures(g, region, sources)
    roles = gould_fernandez(g, region)
    size, cons, only = holes(g)
    return {
        "degree": dict(g.degree()),
        "inDegree": dict(g.in_degree()),
        "outDegree": dict(g.out_degree()),
        "arcs": g.number_of_edges(),
        "betweenness": betweenness(g, sources),
        "effectiveSize": size,
        "constraint": cons,
        "predecessorsOnly": only,
        **{role: {v: roles[v][role] for v in g} for role in
           ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")},
    }


def main(argv):
    folder = argv[1]
    layers = argv[argv.index("--layers") + 1].split(",")
    directed = set(argv[argv.index("--directed") + 1].split(","))
    sources = argv[argv.index("--sources") + 1].split(",") if "--sources" in argv else None
    actors, graphs, aggregate = read(folder, layers, directed)
    region = dict(actors)
    out = {
        "networkx": nx.__version__,
        "aggregate": measures(aggregate, region, sources),
        "layers": {layer: measures(g, region, sources) for layer, g in graphs.items()},
    }
    json.dump(undirected.without_nan(out), sys.stdout, allow_nan=False)


if __name__ == "__main__":
    main(sys.argv)
