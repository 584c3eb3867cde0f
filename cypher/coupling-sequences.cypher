// Coupling sequences in a network dataset: for actor pairs tied in two layers, how often the tie in one layer came first, the other first, or both in the same period, with the median lag, per pair of layers (or of layer natures) and region.
// TIMKNOWLEDGEGRAPH'S OWN MEASURE, no field-standard count: it rests on the order in which the layers of a multiplex
// tie form (edge overlap over time in multiplex/multilayer network analysis, Kivelä et al. 2014, J. Complex Networks
// 2:203-271; "strategic coupling" of social and economic networks in the source paper). Ordering is not causation: a
// social tie before an economic one says nothing of whether it led to it. Left-censoring: a tie that existed before the
// data starts carries its first recorded period (wave 1, or the first date given) or no start at all; an earlier
// start cannot be seen, so pairs already tied in both layers when the data starts count as 'same period' or 'unknown'.
// @param dataset string  The dataset id, e.g. preface-network
// @param groupBy string = layer  'layer': one row per pair of layers; 'nature': per pair of layer natures (e.g. economic/social); any other value counts as 'layer'
// @returns layerA, layerB, natureA, natureB, region, basis, pairs, aFirst, bFirst, samePeriod, medianLagAFirst, medianLagBFirst
// Conventions (docs/network-measures.md "Coupling sequences"):
// - A multiplex pair: two actors x <> y (undirected) tied by TIEs in at least two layers of the dataset. Every unordered
//   pair of those layers {A, B} (A < B by layer id; with groupBy = 'nature', A is the layer whose nature sorts first, by
//   layer id between two of the same nature) is one observation.
// - Start of the pair's tie in a layer: the smallest waveIndex of its TIEs there when all of them carry a wave; else
//   the earliest validFrom when all of them carry one; else unknown (a timeless or open-start tie: left-censored).
// - basis: 'wave' when both starts are waves, lag = wave index of B's start - A's; 'year' when both are dates, lag =
//   calendar year of B's start - A's (so 'same period' is the same wave or the same calendar year); otherwise
//   'unknown' (counted in pairs only).
// - aFirst: lag > 0 (the tie in A came first); bFirst: lag < 0; samePeriod: lag = 0. medianLagAFirst / medianLagBFirst:
//   the median of |lag| (waves or years) over the aFirst / bFirst observations (percentileCont 0.5: the mean of the two
//   middle values for an even count), null when there are none.
// - region: the region both actors are LOCATED_IN; 'extra-regional' when their regions differ or one has none; every
//   observation also counts once in region 'all'.
// - layerA/layerB are null with groupBy = 'nature'; natureA/natureB are always the layers' natures.
// The list of the pairs behind these counts: cypher/coupling-pairs.cypher.
// How: the dataset's actors (Actor.dataset) look at their ties once, each pair at its end with the smaller id, grouped
// per (pair, layer) into the start; only pairs with two or more layers go on (usually few), so the cost is linear in
// the ties. Layers that are not the dataset's are dropped.
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
WITH multiplexPairs, [(d)-[:CONTAINS]->(n:Network) | n] AS layers
UNWIND multiplexPairs AS p
UNWIND p.starts AS a
UNWIND p.starts AS b
WITH layers, p, a, b
WHERE a.layer < b.layer
WITH p, a, b, head([l IN layers WHERE l.id = a.layer]) AS la, head([l IN layers WHERE l.id = b.layer]) AS lb
WHERE la IS NOT NULL AND lb IS NOT NULL
WITH p, a, b, la, lb,
     CASE WHEN a.wave IS NOT NULL AND b.wave IS NOT NULL THEN 'wave'
          WHEN a.from IS NOT NULL AND b.from IS NOT NULL THEN 'year' ELSE 'unknown' END AS basis
WITH p, la, lb, basis,
     CASE basis WHEN 'wave' THEN b.wave - a.wave
                WHEN 'year' THEN toInteger(substring(b.from, 0, 4)) - toInteger(substring(a.from, 0, 4)) END AS lag
WITH p, basis, la, lb, lag, $groupBy = 'nature' AND la.nature > lb.nature AS swap
WITH p, basis, CASE WHEN swap THEN lb ELSE la END AS la, CASE WHEN swap THEN la ELSE lb END AS lb, CASE WHEN swap THEN -lag ELSE lag END AS lag
WITH basis, la, lb, lag, p.x AS x, p.y AS y
// OPTIONAL MATCH rather than a pattern comprehension here: Neo4j 3.1.1 mixed up the regions of these rows with
// head([(x)-[:LOCATED_IN]->(r) | r.id]) after the UNWINDs above (seen in TimedAnalysesTests). An actor has one region.
OPTIONAL MATCH (x)-[:LOCATED_IN]->(xr:Region)
OPTIONAL MATCH (y)-[:LOCATED_IN]->(yr:Region)
WITH basis, la, lb, lag, xr.id AS rx, yr.id AS ry
UNWIND [CASE WHEN rx IS NOT NULL AND rx = ry THEN rx ELSE 'extra-regional' END, 'all'] AS region
WITH CASE WHEN $groupBy = 'nature' THEN null ELSE la.id END AS layerA, CASE WHEN $groupBy = 'nature' THEN null ELSE lb.id END AS layerB,
     la.nature AS natureA, lb.nature AS natureB, region, basis, lag
RETURN layerA, layerB, natureA, natureB, region, basis, count(*) AS pairs,
       sum(CASE WHEN lag > 0 THEN 1 ELSE 0 END) AS aFirst, sum(CASE WHEN lag < 0 THEN 1 ELSE 0 END) AS bFirst,
       sum(CASE WHEN lag = 0 THEN 1 ELSE 0 END) AS samePeriod,
       percentileCont(CASE WHEN lag > 0 THEN lag END, 0.5) AS medianLagAFirst,
       percentileCont(CASE WHEN lag < 0 THEN -lag END, 0.5) AS medianLagBFirst
ORDER BY natureA, natureB, layerA, layerB, region, basis
