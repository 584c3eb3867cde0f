"""Reads a GraphML and a GEXF export with NetworkX (nx.read_graphml, nx.read_gexf) and prints what it sees as JSON.

Run: python3 read_exports.py file.graphml file.gexf
Prints {"graphml": G, "gexf": G} with G = {"directed", "graph": attrs, "nodes": {id: attrs},
"edges": [[source, target, attrs]] sorted, "isolates": [ids]}. Fails (exit 1) when NetworkX cannot read a file.
An undirected graph's edge is a pair: its ends are written in order (NetworkX's own order follows its adjacency).
"""
import json, sys
import networkx as nx


def describe(g):
    ends = (lambda u, v: [u, v]) if g.is_directed() else (lambda u, v: sorted([u, v]))
    edges = sorted(([*ends(u, v), {k: d[k] for k in sorted(d)}] for u, v, d in g.edges(data=True)),
                   key=lambda e: (e[0], e[1], json.dumps(e[2], sort_keys=True)))
    return {
        "directed": g.is_directed(),
        "networkx": nx.__version__,
        "graph": {k: v for k, v in g.graph.items() if isinstance(v, (str, int, float))},
        "nodes": {n: dict(d) for n, d in g.nodes(data=True)},
        "edges": edges,
        "isolates": sorted(nx.isolates(g)),
    }


graphml, gexf = sys.argv[1], sys.argv[2]
print(json.dumps({"graphml": describe(nx.read_graphml(graphml)), "gexf": describe(nx.read_gexf(gexf))}, sort_keys=True))
