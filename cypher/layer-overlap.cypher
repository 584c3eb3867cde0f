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
// How (linear in the ties, and within Neo4j 3.1's default 2 GB heap at a million ties): one pass over the ties of the
// dataset's actors (those that PARTICIPATE_IN one of its layers, which both ends of every tie do) builds, per layer, the
// set of its distinct undirected pairs (collect(DISTINCT) grouped by the TIE's network: a handful of groups, never one
// group per pair; networks that are not layers of the dataset are dropped afterwards). A pair is a number made from its
// ends' internal ids, smaller id first (mixed so that it hashes well; a list of the two ids if they are too large for
// that), used only inside this query. |A ∩ B| is then counted by looking each pair of the smaller set up in the larger
// one (Cypher's IN on a list builds a hash set once); |A ∪ B| = |A| + |B| - |A ∩ B|.
// Actors the same way: one pass over participations, a set of actors per layer, intersections by lookup.
// The rows in the big passes are kept narrow on purpose: Neo4j 3.1 copies every row variable per row.
OPTIONAL MATCH (:Dataset {id: $dataset})-[:CONTAINS]->(:Network)<-[:PARTICIPATES_IN]-(x:Actor)
WITH DISTINCT x
OPTIONAL MATCH (x)-[t:TIE]->(y:Actor)
WHERE x <> y
WITH t.network AS layer,
     collect(DISTINCT CASE
       WHEN id(x) < id(y) AND id(y) < 2147483648 THEN id(x) * 4294967296 + (id(y) * 2654435761) % 4294967296
       WHEN id(y) < id(x) AND id(x) < 2147483648 THEN id(y) * 4294967296 + (id(x) * 2654435761) % 4294967296
       WHEN id(x) < id(y) THEN [id(x), id(y)]
       ELSE [id(y), id(x)] END) AS pairs
WITH collect(CASE WHEN layer IS NOT NULL THEN {layer: layer, pairs: pairs} END) AS tieSets
MATCH (d:Dataset {id: $dataset})
WITH tieSets, [(d)-[:CONTAINS]->(n:Network) | n.id] AS layerIds
WITH [s IN tieSets WHERE s.layer IN layerIds] AS tieSets
UNWIND CASE WHEN size(tieSets) = 0 THEN [null] ELSE tieSets END AS a
UNWIND CASE WHEN size(tieSets) = 0 THEN [null] ELSE tieSets END AS b
WITH a, b
WHERE a IS NULL OR a.layer <= b.layer
WITH a.layer AS la, b.layer AS lb,
     CASE WHEN size(a.pairs) <= size(b.pairs) THEN a.pairs ELSE b.pairs END AS smaller,
     CASE WHEN size(a.pairs) <= size(b.pairs) THEN b.pairs ELSE a.pairs END AS larger
WITH la, lb, CASE WHEN la IS NULL THEN 0 WHEN la = lb THEN size(smaller) ELSE size([p IN smaller WHERE p IN larger]) END AS shared
WITH collect({a: la, b: lb, n: shared}) AS pairCounts
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(m:Network)
WITH pairCounts, m, [(m)<-[:PARTICIPATES_IN]-(x:Actor) | x] AS participations
UNWIND CASE WHEN size(participations) = 0 THEN [null] ELSE participations END AS x
WITH m, collect(DISTINCT x) AS members, head(collect(pairCounts)) AS pairCounts
WITH collect({layer: m, members: members}) AS actorSets, head(collect(pairCounts)) AS pairCounts
UNWIND actorSets AS a
UNWIND actorSets AS b
WITH pairCounts, a, b
WHERE a.layer.id <= b.layer.id
WITH pairCounts, a.layer AS la, b.layer AS lb,
     CASE WHEN size(a.members) <= size(b.members) THEN a.members ELSE b.members END AS smaller,
     CASE WHEN size(a.members) <= size(b.members) THEN b.members ELSE a.members END AS larger
WITH pairCounts, la, lb, CASE WHEN la = lb THEN size(smaller) ELSE size([x IN smaller WHERE x IN larger]) END AS shared
WITH pairCounts, collect({a: la, b: lb, n: shared}) AS actorCounts
UNWIND actorCounts AS ab
WITH pairCounts, actorCounts, ab.a AS a, ab.b AS b, ab.n AS actorsBoth
WHERE a.id < b.id
WITH a, b, actorsBoth,
     head([c IN actorCounts WHERE c.a = a AND c.b = a | c.n]) AS actorsA,
     head([c IN actorCounts WHERE c.a = b AND c.b = b | c.n]) AS actorsB,
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
