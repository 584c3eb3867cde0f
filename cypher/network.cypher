// A network dataset as nodes and edges, for export to GraphML or GEXF: its layers, its actors (with region) and every tie.
// @param dataset string  The dataset id, e.g. preface-network
// @returns datasetId, title, layers, actors, ties
// One row, none when there is no such dataset. layers: [{id, name, scale, nature, formality}] by id; actors: the Actors that
// PARTICIPATE_IN one of its layers, [{id, name, kind, region, regionName}] by id; ties: every TIE whose `network` is one of
// its layers, [{key, source, target, layer, resource, weight}] by layer, source, target, key. Parallel ties stay separate.
MATCH (d:Dataset {id: $dataset})
OPTIONAL MATCH (d)-[:CONTAINS]->(n:Network)
WITH d, n
ORDER BY n.id
WITH d, collect(n) AS layers
OPTIONAL MATCH (x:Actor)-[:PARTICIPATES_IN]->(l:Network)
WHERE l IN layers
WITH DISTINCT d, layers, x
OPTIONAL MATCH (x)-[:LOCATED_IN]->(r:Region)
WITH d, layers, x, head(collect(r)) AS r
ORDER BY x.id
WITH d, layers, [l IN layers | l.id] AS layerIds,
     collect(CASE WHEN x IS NULL THEN null ELSE {id: x.id, name: x.name, kind: x.kind, region: r.id, regionName: r.name} END) AS actors
OPTIONAL MATCH (a:Actor)-[t:TIE]->(b:Actor)
WHERE t.network IN layerIds
WITH d, layers, actors, a, t, b
ORDER BY t.network, a.id, b.id, t.key
WITH d, layers, actors,
     collect(CASE WHEN t IS NULL THEN null ELSE {key: t.key, source: a.id, target: b.id, layer: t.network, resource: t.resource, weight: t.weight} END) AS ties
RETURN d.id AS datasetId, d.title AS title,
       [l IN layers | {id: l.id, name: l.name, scale: l.scale, nature: l.nature, formality: l.formality}] AS layers,
       actors, ties
