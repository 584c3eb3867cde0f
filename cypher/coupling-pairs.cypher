// Coupling sequences, pair by pair: every actor pair tied in two layers of a network dataset, when each tie started, which came first and the lag.
// TIMKNOWLEDGEGRAPH'S OWN MEASURE: the pairs behind cypher/coupling-sequences.cypher (its header and
// docs/network-measures.md "Coupling sequences" give the conventions, what rests on what, and what it cannot show:
// ordering is not causation; ties older than the data are left-censored).
// @param dataset string  The dataset id, e.g. preface-network
// @param layerA string = null  Only pairs of layers that include this layer id; null: any
// @param layerB string = null  Only pairs of layers that include this layer id too; null: any
// @returns actorA, actorAName, actorB, actorBName, region, layerA, layerB, natureA, natureB, basis, startA, startB, first, lag
// - One row per multiplex pair {actorA, actorB} (actorA < actorB by id) and pair of its layers (layerA < layerB by id).
// - startA/startB: the start of the pair's tie in the layer as text: the wave id (basis 'wave'), the earliest validFrom
//   (basis 'year'), or null when unknown (a timeless or open-start tie). lag: B's start - A's, in waves or calendar
//   years; first: 'A', 'B', 'same period' or null (unknown).
// - region: the region both actors are LOCATED_IN, else 'extra-regional'.
// How: as coupling-sequences (one look at the dataset's ties, each pair at its smaller-id end).
MATCH (x:Actor)
USING INDEX x:Actor(dataset)
WHERE x.dataset = $dataset
MATCH (x)-[t:TIE]-(y:Actor)
WHERE id(x) < id(y)
WITH x, y, t.network AS layer, count(*) AS ties,
     min(t.waveIndex) AS firstWave, count(t.waveIndex) AS waved, min(t.validFrom) AS firstFrom, count(t.validFrom) AS dated
WITH x, y, collect({layer: layer, wave: CASE WHEN waved = ties THEN firstWave END, from: CASE WHEN dated = ties THEN firstFrom END}) AS starts
WHERE size(starts) > 1
WITH collect({x: x, y: y, starts: starts}) AS multiplexPairs
MATCH (d:Dataset {id: $dataset})
WITH multiplexPairs, [(d)-[:CONTAINS]->(n:Network) | n] AS layers, coalesce(d.waves, []) AS waves
UNWIND multiplexPairs AS p
UNWIND p.starts AS a
UNWIND p.starts AS b
WITH layers, waves, p, a, b
WHERE a.layer < b.layer
  AND ($layerA IS NULL OR $layerA IN [a.layer, b.layer]) AND ($layerB IS NULL OR $layerB IN [a.layer, b.layer])
WITH waves, p, a, b, head([l IN layers WHERE l.id = a.layer]) AS la, head([l IN layers WHERE l.id = b.layer]) AS lb
WHERE la IS NOT NULL AND lb IS NOT NULL
WITH waves, p.x AS x, p.y AS y, a, b, la, lb,
     CASE WHEN a.wave IS NOT NULL AND b.wave IS NOT NULL THEN 'wave'
          WHEN a.from IS NOT NULL AND b.from IS NOT NULL THEN 'year' ELSE 'unknown' END AS basis
WITH waves, x, y, a, b, la, lb, basis,
     CASE basis WHEN 'wave' THEN b.wave - a.wave
                WHEN 'year' THEN toInteger(substring(b.from, 0, 4)) - toInteger(substring(a.from, 0, 4)) END AS lag
// OPTIONAL MATCH, not head([(x)-[:LOCATED_IN]->(r) | r.id]): see coupling-sequences (a Neo4j 3.1.1 mix-up). One region per actor.
OPTIONAL MATCH (x)-[:LOCATED_IN]->(xr:Region)
OPTIONAL MATCH (y)-[:LOCATED_IN]->(yr:Region)
WITH waves, x, y, a, b, la, lb, basis, lag, xr.id AS rx, yr.id AS ry
WITH CASE WHEN x.id < y.id THEN x ELSE y END AS first, CASE WHEN x.id < y.id THEN y ELSE x END AS second,
     waves, a, b, la, lb, basis, lag, rx, ry
RETURN first.id AS actorA, first.name AS actorAName, second.id AS actorB, second.name AS actorBName,
       CASE WHEN rx IS NOT NULL AND rx = ry THEN rx ELSE 'extra-regional' END AS region,
       la.id AS layerA, lb.id AS layerB, la.nature AS natureA, lb.nature AS natureB, basis,
       CASE WHEN basis = 'year' OR a.wave IS NULL THEN a.from ELSE coalesce(waves[a.wave - 1], toString(a.wave)) END AS startA,
       CASE WHEN basis = 'year' OR b.wave IS NULL THEN b.from ELSE coalesce(waves[b.wave - 1], toString(b.wave)) END AS startB,
       CASE WHEN lag > 0 THEN 'A' WHEN lag < 0 THEN 'B' WHEN lag = 0 THEN 'same period' END AS first, lag
ORDER BY layerA, layerB, actorA, actorB
