#!/usr/bin/env python3
"""Writes classic networks from NetworkX in our dataset format (dataset.md, actors.csv, ties.csv).

usage: classic.py karate|florentine|padgett FOLDER

karate: Zachary's karate club (nx.karate_club_graph()), one layer `friendship`; an actor's region is its `club`
  attribute (Mr. Hi / Officer), so brokerage between the two factions is Gould-Fernandez brokerage between groups.
florentine: Padgett's Florentine families. NetworkX ships only the marriage ties (nx.florentine_families_graph()),
  so the second layer `business` is NOT Padgett's business network: it is built here, deterministically, from the
  marriage graph's complement (every 7th non-tied pair in sorted order), as a two-layer fixture. The Pucci family,
  which has no marriage ties in Padgett's data and is absent from NetworkX's graph, is added as an isolate.
padgett: Padgett's Florentine families with both of Padgett's relations: `marriage` (nx.florentine_families_graph(),
  kinship) and the 15 `business` ties (loans, credits, joint partnerships; economic) of Padgett & Ansell (1993) as
  UCINET's PADGB matrix has them (Breiger & Pattison 1986). The REGIONS ARE MADE UP (four quarters of the city; not in
  Padgett's data) so that Gould-Fernandez roles have groups; the Albizzi have no region (an outside actor: all roles 0).
  Together: an isolate in every layer (Pucci), actors whose ties are all in one layer (Acciaiuoli, Albizzi, Ridolfi,
  Strozzi: participation 0), an actor in one layer only of the two with a region (Ridolfi, Strozzi), regions.
"""
import itertools
import os
import sys

import networkx as nx


def write(folder, dataset, layers, actors, ties, natures=None):
    os.makedirs(folder, exist_ok=True)
    with open(f"{folder}/dataset.md", "w", encoding="utf-8") as f:
        f.write(f"---\nid: {dataset}\nlayers:\n")
        for layer in layers:
            nature = (natures or {}).get(layer, "social")
            f.write(f"  - {{id: {layer}, scale: regional, nature: {nature}, formality: informal}}\n")
        regions = sorted({r for _, r in actors if r})
        if regions:
            f.write("regions:\n")
            for r in regions:
                f.write(f"  - {{id: {r}, name: {r}}}\n")
        f.write("---\n")
    with open(f"{folder}/actors.csv", "w", encoding="utf-8") as f:
        f.write("id,name,kind,region,layers\n")
        for a, r in actors:
            f.write(f"{a},{a},person,{r or ''},\n")
    with open(f"{folder}/ties.csv", "w", encoding="utf-8") as f:
        f.write("source,target,layer,resource,weight\n")
        for s, t, layer in ties:
            f.write(f"{s},{t},{layer},,1\n")


def karate(folder):
    g = nx.karate_club_graph()
    region = {v: ("hi" if d["club"] == "Mr. Hi" else "officer") for v, d in g.nodes(data=True)}
    write(folder, "karate", ["friendship"], [(f"k{v}", region[v]) for v in g],
          [(f"k{u}", f"k{v}", "friendship") for u, v in g.edges()])


def florentine(folder):
    g = nx.florentine_families_graph()
    families = sorted(g.nodes()) + ["Pucci"]
    ids = {f: f.lower() for f in families}
    non_tied = [(u, v) for u, v in itertools.combinations(sorted(g.nodes()), 2) if not g.has_edge(u, v)]
    business = non_tied[::7]
    write(folder, "florentine", ["marriage", "business"], [(ids[f], None) for f in families],
          [(ids[u], ids[v], "marriage") for u, v in g.edges()] + [(ids[u], ids[v], "business") for u, v in business])


PADGETT_BUSINESS = [
    ("Barbadori", "Castellani"), ("Barbadori", "Ginori"), ("Barbadori", "Medici"), ("Barbadori", "Peruzzi"),
    ("Bischeri", "Guadagni"), ("Bischeri", "Lamberteschi"), ("Bischeri", "Peruzzi"), ("Castellani", "Lamberteschi"),
    ("Castellani", "Peruzzi"), ("Ginori", "Medici"), ("Guadagni", "Lamberteschi"), ("Lamberteschi", "Peruzzi"),
    ("Medici", "Pazzi"), ("Medici", "Salviati"), ("Medici", "Tornabuoni")]

# Made up, for the roles: not Padgett's data.
PADGETT_REGIONS = {
    "Medici": "sgio", "Tornabuoni": "sgio", "Ginori": "sgio", "Pazzi": "sgio", "Salviati": "sgio", "Pucci": "sgio",
    "Peruzzi": "scro", "Castellani": "scro", "Bischeri": "scro", "Guadagni": "scro", "Lamberteschi": "scro",
    "Barbadori": "sspi", "Ridolfi": "sspi", "Strozzi": "sspi", "Acciaiuoli": "smn", "Albizzi": None}


def padgett(folder):
    g = nx.florentine_families_graph()
    families = sorted(set(g.nodes()) | {"Pucci"})
    assert len(PADGETT_BUSINESS) == 15 and set(PADGETT_REGIONS) == set(families)
    write(folder, "padgett", ["marriage", "business"], [(f.lower(), PADGETT_REGIONS[f]) for f in families],
          [(u.lower(), v.lower(), "marriage") for u, v in sorted(g.edges())] +
          [(u.lower(), v.lower(), "business") for u, v in PADGETT_BUSINESS],
          natures={"marriage": "kinship", "business": "economic"})


if __name__ == "__main__":
    {"karate": karate, "florentine": florentine, "padgett": padgett}[sys.argv[1]](sys.argv[2])
