// One actor of a network dataset: where it is, the layers it takes part in, and its ties in both directions.
// @internal  run by the web pages and the API, not listed for users
// @param id string  The actor id, <dataset>/<actor>
// @returns id, name, kind, dataset, regionId, regionName, layers, ties, sourceFile, sourceLine
// sourceFile: an imported actor's file is named once, on its Dataset (actorsFile).
MATCH (a:Actor {id: $id})
OPTIONAL MATCH (a)-[:LOCATED_IN]->(g:Region)
WITH a, head(collect(g)) AS g
OPTIONAL MATCH (d:Dataset {id: a.dataset})
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.dataset AS dataset, g.id AS regionId, g.name AS regionName,
       [(a)-[:PARTICIPATES_IN]->(n:Network) | {id: n.id, name: n.name, scale: n.scale, nature: n.nature, formality: n.formality}] AS layers,
       [(a)-[t:TIE]-(b:Actor) | {outgoing: startNode(t) = a, id: b.id, name: b.name, layer: t.network, resource: t.resource, weight: t.weight}] AS ties,
       coalesce(a.sourceFile, d.actorsFile) AS sourceFile, a.sourceLine AS sourceLine
