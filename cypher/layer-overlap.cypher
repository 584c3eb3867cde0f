// Layer overlap in a network dataset: for every pair of its layers, the Jaccard index of their actor sets and of their undirected tie sets.
// @param dataset string  The dataset id, e.g. preface-network
// @returns layerA, layerAName, layerB, layerBName, actorsA, actorsB, actorsBoth, actorsEither, actorJaccard, pairsA, pairsB, pairsBoth, pairsEither, tieJaccard
// Conventions:
// - Layers are the Network nodes the Dataset CONTAINS; each unordered pair of layers is one row (layerA < layerB by id).
// - Actors of a layer: the Actors that PARTICIPATE_IN it (the loader adds PARTICIPATES_IN for both ends of every tie,
//   and for actors listed in a layer without a tie). actorJaccard = |A ∩ B| / |A ∪ B|.
// - Ties of a layer: the UNDIRECTED actor pairs {x, y}, x <> y, joined by at least one TIE whose `network` is the layer id.
//   Direction, parallel ties and weights are ignored; self-loops are not pairs. tieJaccard = |pairs A ∩ pairs B| / |pairs A ∪ pairs B|.
// - A Jaccard index whose union is empty is 0.0 (nothing to overlap).
// How: one pass over participations and one over ties. Each actor (and each undirected pair) lists its layers; unwinding
// that list twice counts, for every layer pair (la <= lb), how many actors (pairs) they share — la = lb gives a layer's
// own size. Rows are already one per actor (per pair) when unwound, so plain counts suffice: no DISTINCT sets to hold.
// This keeps the work linear in the ties instead of comparing every layer's pair list with every other's.
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(n:Network)
WITH d, collect({id: n.id, name: n.name}) AS layers
OPTIONAL MATCH (d)-[:CONTAINS]->(m:Network)<-[:PARTICIPATES_IN]-(x:Actor)
WITH d, layers, x, collect(DISTINCT m.id) AS memberships
UNWIND CASE WHEN size(memberships) = 0 THEN [null] ELSE memberships END AS la
UNWIND CASE WHEN size(memberships) = 0 THEN [null] ELSE memberships END AS lb
WITH d, layers, la, lb, count(x) AS shared
WITH d, layers, collect(CASE WHEN la <= lb THEN {a: la, b: lb, n: shared} END) AS actorCounts
WITH layers, actorCounts, [l IN layers | l.id] AS layerIds
OPTIONAL MATCH (x:Actor)-[t:TIE]->(y:Actor)
WHERE t.network IN layerIds AND x <> y
WITH layers, actorCounts,
     CASE WHEN x IS NULL THEN null WHEN x.id < y.id THEN x.id + '|' + y.id ELSE y.id + '|' + x.id END AS pair,
     collect(DISTINCT t.network) AS pairLayers
UNWIND CASE WHEN size(pairLayers) = 0 THEN [null] ELSE pairLayers END AS la
UNWIND CASE WHEN size(pairLayers) = 0 THEN [null] ELSE pairLayers END AS lb
WITH layers, actorCounts, la, lb, count(pair) AS shared
WITH layers, actorCounts, collect(CASE WHEN la <= lb THEN {a: la, b: lb, n: shared} END) AS pairCounts
UNWIND layers AS a
UNWIND layers AS b
WITH a, b, actorCounts, pairCounts
WHERE a.id < b.id
WITH a, b,
     coalesce(head([c IN actorCounts WHERE c.a = a.id AND c.b = a.id | c.n]), 0) AS actorsA,
     coalesce(head([c IN actorCounts WHERE c.a = b.id AND c.b = b.id | c.n]), 0) AS actorsB,
     coalesce(head([c IN actorCounts WHERE c.a = a.id AND c.b = b.id | c.n]), 0) AS actorsBoth,
     coalesce(head([c IN pairCounts WHERE c.a = a.id AND c.b = a.id | c.n]), 0) AS pairsA,
     coalesce(head([c IN pairCounts WHERE c.a = b.id AND c.b = b.id | c.n]), 0) AS pairsB,
     coalesce(head([c IN pairCounts WHERE c.a = a.id AND c.b = b.id | c.n]), 0) AS pairsBoth
WITH a, b, actorsA, actorsB, actorsBoth, pairsA, pairsB, pairsBoth,
     actorsA + actorsB - actorsBoth AS actorsEither, pairsA + pairsB - pairsBoth AS pairsEither
RETURN a.id AS layerA, a.name AS layerAName, b.id AS layerB, b.name AS layerBName,
       actorsA, actorsB, actorsBoth, actorsEither,
       CASE WHEN actorsEither = 0 THEN 0.0 ELSE toFloat(actorsBoth) / actorsEither END AS actorJaccard,
       pairsA, pairsB, pairsBoth, pairsEither,
       CASE WHEN pairsEither = 0 THEN 0.0 ELSE toFloat(pairsBoth) / pairsEither END AS tieJaccard
ORDER BY layerA, layerB
