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
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(n:Network)
OPTIONAL MATCH (x:Actor)-[:PARTICIPATES_IN]->(n)
WITH n, collect(DISTINCT x.id) AS actors
OPTIONAL MATCH (x:Actor)-[t:TIE]->(y:Actor)
WHERE t.network = n.id AND x <> y
WITH n, actors,
     collect(DISTINCT CASE WHEN x.id < y.id THEN [x.id, y.id] ELSE [y.id, x.id] END) AS pairs
WITH collect({id: n.id, name: n.name, actors: actors, pairs: pairs}) AS layers
UNWIND layers AS a
UNWIND layers AS b
WITH a, b
WHERE a.id < b.id
WITH a, b,
     size([x IN a.actors WHERE x IN b.actors]) AS actorsBoth,
     size([p IN a.pairs WHERE p IN b.pairs]) AS pairsBoth
WITH a, b, actorsBoth, pairsBoth,
     size(a.actors) + size(b.actors) - actorsBoth AS actorsEither,
     size(a.pairs) + size(b.pairs) - pairsBoth AS pairsEither
RETURN a.id AS layerA, a.name AS layerAName, b.id AS layerB, b.name AS layerBName,
       size(a.actors) AS actorsA, size(b.actors) AS actorsB, actorsBoth, actorsEither,
       CASE WHEN actorsEither = 0 THEN 0.0 ELSE toFloat(actorsBoth) / actorsEither END AS actorJaccard,
       size(a.pairs) AS pairsA, size(b.pairs) AS pairsB, pairsBoth, pairsEither,
       CASE WHEN pairsEither = 0 THEN 0.0 ELSE toFloat(pairsBoth) / pairsEither END AS tieJaccard
ORDER BY layerA, layerB
