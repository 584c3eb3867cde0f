#!/usr/bin/env python3
"""Times NetworkX on the graph the measures benchmark projected, same machine, same run.

usage: measures_bench.py EDGES REGIONS BUDGET_SECONDS K

EDGES: one undirected edge "u v" per line (node indexes), first line the node count. REGIONS: one region index per
node (-1: none). For each measure, nodes (or, for betweenness, the K sampled sources) are taken in a seeded random order
until BUDGET_SECONDS have passed; the time for all of them is extrapolated from the mean per node (unbiased for a random
order). Prints JSON: per measure, nodes done, seconds, extrapolated seconds, complete or not.
"""
import json
import random
import sys
import time

import networkx as nx
from networkx.algorithms.centrality.betweenness import _accumulate_basic, _single_source_shortest_path_basic


def gould_fernandez(g, region, ego):
    counts = [0, 0, 0, 0, 0]
    if region[ego] < 0:
        return counts
    for a in g[ego]:
        for c in g[ego]:
            if a == c or region[a] < 0 or region[c] < 0 or g.has_edge(a, c):
                continue
            ra, re, rc = region[a], region[ego], region[c]
            counts[0 if ra == re == rc else 1 if ra == rc else 2 if re == ra else 3 if re == rc else 4] += 1
    return counts


def timed(name, items, per_item, total, budget):
    start = time.perf_counter()
    done = 0
    for item in items:
        per_item(item)
        done += 1
        if time.perf_counter() - start > budget:
            break
    seconds = time.perf_counter() - start
    return name, {"done": done, "of": total, "seconds": seconds,
                  "extrapolatedSeconds": seconds / max(done, 1) * total, "complete": done == total}


def main(argv):
    edges, regions, budget, k = argv[1], argv[2], float(argv[3]), int(argv[4])
    start = time.perf_counter()
    with open(edges) as f:
        n = int(f.readline())
        g = nx.Graph()
        g.add_nodes_from(range(n))
        g.add_edges_from(tuple(map(int, line.split())) for line in f)
    with open(regions) as f:
        region = [int(line) for line in f]
    out = {"networkx": nx.__version__, "nodes": n, "edges": g.number_of_edges(), "buildSeconds": time.perf_counter() - start}
    order = list(range(n))
    random.Random(1).shuffle(order)
    sources = random.Random(2).sample(range(n), min(k, n))
    betweenness = dict.fromkeys(g, 0.0)
    results = dict([
        timed("degree", [None], lambda _: dict(g.degree()), 1, budget),
        timed("effectiveSize", order, lambda v: nx.effective_size(g, nodes=[v]), n, budget),
        timed("constraint", order, lambda v: nx.constraint(g, nodes=[v]), n, budget),
        timed("brokerage", order, lambda v: gould_fernandez(g, region, v), n, budget),
        timed("betweennessSampled", sources,
              lambda s: _accumulate_basic(betweenness, *_single_source_shortest_path_basic(g, s)[:3], s), len(sources), budget),
    ])
    out.update(results)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv)
