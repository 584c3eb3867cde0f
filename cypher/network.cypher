// A network dataset as nodes and edges, in one row: its layers, its actors (with region and layers) and every tie. The exports
// read the same in pages (NetworkDatasetReader), so that a dataset of any size streams; this row suits smaller ones.
// The HTTP API (/api/queries/network) and `timkg query network --format json` answer from those pages too, streamed,
// with this row's JSON (NetworkQueryJson).
// @param dataset string  The dataset id, e.g. preface-network
// @returns datasetId, title, body, waves, waveNames, layers, regions, actors, ties
// One row, none when there is no such dataset. Ids are the dataset's own (local) ids, as written in its dataset.md and
// CSV/GraphML files, so an export imports back under any dataset id:
// - layers: [{id, name, scale, nature, formality, instanceOf, directed}] by id; id = the layer's local id (Network.layer);
//   instanceOf = the id of the network-kind Concept it is an INSTANCE_OF (null when none); directed = true for a layer
//   declared directed, else false.
// - regions: [{id, name}] by id, the regions an import of the dataset declared (Region.importedBy holds its id), also
//   those no actor is located in; the exports add the regions of its actors (a dataset loaded from content).
// - actors: EVERY Actor of the dataset (Actor.dataset, through its index), also one with no tie and no layer (an
//   isolate), [{id, name, kind, region, regionName, layers, listedLayers, time}] by id; id = Actor.localId, layers = the local ids of the
//   dataset's layers it PARTICIPATES_IN (possibly none); listedLayers = those its own row lists (listed = true, not only
//   implied by its ties); time = [{validFrom, validTo, wave, waveIndex}] of the
//   participations its own row lists (listed = true; one row gives them all the same time), empty when none.
//   name and kind are the actor's attributes (ActorShape.Attributes): the exports write each as a node attribute, so a
//   new one is returned here under its property name.
// - ties: every TIE between two of those actors whose `network` is one of its layers (the ties the analyses count),
//   [{key, source, target, layer, resource, weight, validFrom, validTo, wave, waveIndex}] by source, layer, target, key
//   (the layer's full id orders); layer = the local layer id. Parallel ties (other layers, waves or spells) stay separate; absent time is null.
// - body: the free text of its dataset.md (null when none).
// - waves: the dataset's wave ids in declared order (null when it declares none).
// - waveNames: their names, one per wave id ("" for a wave without one; null when none has one).
// Nodes loaded without localId / layer (older graphs) fall back to their full id. The cost is that of this dataset's
// actors and their ties, whatever other datasets hold (plus a scan of the Region nodes, which are few and shared).
MATCH (d:Dataset {id: $dataset})
OPTIONAL MATCH (d)-[:CONTAINS]->(n:Network)
WITH d, n
ORDER BY n.id
WITH d, collect(n) AS layers
OPTIONAL MATCH (g:Region)
WHERE $dataset IN g.importedBy
WITH d, layers, g
ORDER BY g.id
WITH d, layers, [rg IN collect(g) | {id: rg.id, name: rg.name}] AS regions
OPTIONAL MATCH (x:Actor)
USING INDEX x:Actor(dataset)
WHERE x.dataset = $dataset
OPTIONAL MATCH (x)-[t:TIE]->(b:Actor)
WHERE t.network IN [l IN layers | l.id] AND b.dataset = $dataset
WITH d, layers, regions, x, t, b
ORDER BY coalesce(x.localId, x.id), t.network, coalesce(b.localId, b.id), t.key
// One aggregation gathers the actors and their ties, grouped by the small lists only: a second aggregation would
// have the first one's list (every actor, or every tie) in its grouping key, hashed for each row (quadratic).
WITH d, layers, regions, collect(DISTINCT x) AS members,
     collect(CASE WHEN t IS NULL THEN null ELSE {key: t.key, source: coalesce(x.localId, x.id), target: coalesce(b.localId, b.id),
       layer: head([l IN layers WHERE l.id = t.network | coalesce(l.layer, l.id)]), resource: t.resource, weight: t.weight,
       validFrom: t.validFrom, validTo: t.validTo, wave: t.wave, waveIndex: t.waveIndex} END) AS ties
RETURN d.id AS datasetId, d.title AS title, d.body AS body, d.waves AS waves, d.waveNames AS waveNames,
       [l IN layers | {id: coalesce(l.layer, l.id), name: l.name, scale: l.scale, nature: l.nature, formality: l.formality,
         instanceOf: head([(l)-[:INSTANCE_OF]->(c:Concept) | c.id]), directed: coalesce(l.directed = true, false)}] AS layers,
       regions,
       [x IN members | {id: coalesce(x.localId, x.id), name: x.name, kind: x.kind,
         region: head([(x)-[:LOCATED_IN]->(r:Region) | r.id]), regionName: head([(x)-[:LOCATED_IN]->(r:Region) | r.name]),
         layers: [(x)-[:PARTICIPATES_IN]->(l:Network) WHERE l IN layers | coalesce(l.layer, l.id)],
         listedLayers: [(x)-[p:PARTICIPATES_IN]->(l:Network) WHERE l IN layers AND p.listed = true | coalesce(l.layer, l.id)],
         time: [(x)-[p:PARTICIPATES_IN]->(l:Network) WHERE l IN layers AND p.listed = true AND
           (p.validFrom IS NOT NULL OR p.validTo IS NOT NULL OR p.wave IS NOT NULL) |
           {validFrom: p.validFrom, validTo: p.validTo, wave: p.wave, waveIndex: p.waveIndex}]}] AS actors,
       ties
