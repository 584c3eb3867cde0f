"""Markusen typology of this fixture computed from the CSV files alone (no Neo4j, no repository code).

Rule (cypher/regional-typology.cypher, layers without scale): a tie counts for region R as
  RE when its layer is economic and both ends are in R,
  RS when its layer is social and both ends are in R,
  GE when its layer is economic and exactly one end is in R (the other in another region or in none).
Presence: >= 1 tie. Figure 1: RE+RS+GE marshallian, RE+GE hub-and-spoke, GE only satellite-platform.
Regions without actors and actors without a region get no row.
Run: python3 expected.py   (prints JSON: region -> [actors, RE, RS, GE, type])
"""
import csv, json, os

here = os.path.dirname(os.path.abspath(__file__))
nature = {"trade": "economic", "friendship": "social"}
region = {}
with open(os.path.join(here, "actors.csv"), newline="") as f:
    for row in csv.DictReader(f):
        region[row["id"]] = row["region"] or None
rows = {}
for r in sorted({r for r in region.values() if r}):
    rows[r] = {"actors": sum(1 for v in region.values() if v == r), "re": 0, "rs": 0, "ge": 0}
with open(os.path.join(here, "ties.csv"), newline="") as f:
    for tie in csv.DictReader(f):
        a, b, kind = region[tie["source"]], region[tie["target"]], nature[tie["layer"]]
        for r, counts in rows.items():
            inside = a == r and b == r
            touches = a == r or b == r
            if inside and kind == "economic": counts["re"] += 1
            elif inside and kind == "social": counts["rs"] += 1
            elif touches and not inside and kind == "economic": counts["ge"] += 1
figure1 = {(True, True, True): "marshallian", (True, False, True): "hub-and-spoke", (False, False, True): "satellite-platform"}
out = {r: [c["actors"], c["re"], c["rs"], c["ge"], figure1.get((c["re"] > 0, c["rs"] > 0, c["ge"] > 0), "unclassified")]
       for r, c in rows.items()}
print(json.dumps(out, indent=1, sort_keys=True))
