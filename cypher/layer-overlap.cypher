// Layer overlap in a network dataset: for every pair of its layers, the Jaccard index of their actor sets and of their undirected tie sets.
// @param dataset string  The dataset id, e.g. preface-network
// @param part int 0.. = 0  Which part of the dataset's actors to count (0 .. parts-1); with parts = 1, all of them
// @param parts int 1.. = 1  Into how many disjoint parts (by internal node id) the actors are split
// @param from date = null  Start of the period, ISO date or a year (its first day); null: open
// @param to date-end = null  End of the period, inclusive, ISO date or a year (its last day); null: open
// @param wave string = null  Only this wave (an id of the dataset's waves); null: any wave
// @returns layerA, layerAName, layerB, layerBName, actorsA, actorsB, actorsBoth, actorsEither, actorJaccard, pairsA, pairsB, pairsBoth, pairsEither, tieJaccard
// @split 4 by layerA, layerB
// @ratio actorJaccard = actorsBoth / actorsEither
// @ratio tieJaccard = pairsBoth / pairsEither
// Conventions:
// - Layers are the Network nodes the Dataset CONTAINS; each unordered pair of layers is one row (layerA < layerB by id).
// - Actors of a layer: the Actors that PARTICIPATE_IN it (the loaders write one PARTICIPATES_IN per actor and layer,
//   for both ends of every tie and for actors listed in a layer without a tie). actorJaccard = |A ∩ B| / |A ∪ B|.
// - Ties of a layer: the UNDIRECTED actor pairs {x, y}, x <> y, joined by at least one TIE whose `network` is the layer id.
//   Direction, parallel ties and weights are ignored; self-loops are not pairs. tieJaccard = |pairs A ∩ pairs B| / |pairs A ∪ pairs B|.
// - A Jaccard index whose union is empty is 0.0 (nothing to overlap).
// - Period ($from, $to, $wave; docs/network-measures.md "Analyses by period"): only the TIEs active in it count, i.e.
//   ($wave null or t.wave null or t.wave = $wave) and ($to null or t.validFrom null or t.validFrom <= $to) and
//   ($from null or t.validTo null or t.validTo >= $from); a TIE without time counts in every period. With a period,
//   an actor is in a layer when it has an active TIE there (either direction) or a PARTICIPATES_IN {listed: true}
//   active by the same rule; with all three null, every PARTICIPATES_IN counts, as without time.
// Parts (so that a large dataset can be counted on several cores at once): an actor belongs to part id(x) % parts, and a
// pair to the part of its end with the smaller internal id. Every count in a row is then a sum over the parts, and the
// Jaccard indexes follow from the summed counts (@split and @ratio tell TimKnowledgeGraph how it runs the parts at once
// and adds them up; in Neo4j Browser, set part = 0 and parts = 1 for the whole answer in one go).
// How (linear in the ties, within Neo4j 3.1's default 2 GB heap at a million ties): the part's actors of the dataset
// (Actor.dataset) look at their ties in both directions; a pair is taken only at its end with the smaller id, so each
// pair is seen once (with a period, every active tie also makes its end in the part a member of the layer); per TIE network, the distinct pairs are collected as numbers made from the two ids (smaller id
// first, mixed so that they hash well; a list of the two ids if they are too large for that), used only inside this query.
// Networks that are not layers of the dataset are dropped. |A ∩ B| is counted by looking each element of the smaller set
// up in the larger one (Cypher's IN on a list builds a hash set once); |A ∪ B| = |A| + |B| - |A ∩ B|. Actors the same
// way, from the part's own actors and their PARTICIPATES_IN (the big lists travel to the next stage by head(collect())
// so that Neo4j never hashes them as a grouping key).
// The rows in the big pass are kept narrow on purpose: Neo4j 3.1 copies every row variable per row.
MATCH (x:Actor)
USING INDEX x:Actor(dataset)
WHERE x.dataset = $dataset AND id(x) % $parts = $part
MATCH (x)-[t:TIE]-(y)
WHERE (id(x) < id(y) OR $from IS NOT NULL OR $to IS NOT NULL OR $wave IS NOT NULL)
  AND ($wave IS NULL OR t.wave IS NULL OR t.wave = $wave)
  AND ($to IS NULL OR t.validFrom IS NULL OR t.validFrom <= $to) AND ($from IS NULL OR t.validTo IS NULL OR t.validTo >= $from)
WITH t.network AS layer,
     collect(DISTINCT CASE WHEN id(x) >= id(y) THEN null
       WHEN id(y) < 2147483648 THEN id(x) * 4294967296 + (id(y) * 2654435761) % 4294967296 ELSE [id(x), id(y)] END) AS pairs,
     collect(DISTINCT CASE WHEN $from IS NULL AND $to IS NULL AND $wave IS NULL THEN null ELSE id(x) END) AS tieMembers
WITH collect({layer: layer, pairs: pairs, members: tieMembers}) AS tieSets
OPTIONAL MATCH (x:Actor)
USING INDEX x:Actor(dataset)
WHERE x.dataset = $dataset AND id(x) % $parts = $part
OPTIONAL MATCH (x)-[p:PARTICIPATES_IN]->(n:Network)
WHERE ($from IS NULL AND $to IS NULL AND $wave IS NULL)
   OR (p.listed = true AND ($wave IS NULL OR p.wave IS NULL OR p.wave = $wave)
       AND ($to IS NULL OR p.validFrom IS NULL OR p.validFrom <= $to) AND ($from IS NULL OR p.validTo IS NULL OR p.validTo >= $from))
WITH n, collect(id(x)) AS members, head(collect(tieSets)) AS tieSets
WITH collect({layer: n, members: members}) AS memberSets, head(collect(tieSets)) AS tieSets
MATCH (d:Dataset {id: $dataset})
UNWIND [(d)-[:CONTAINS]->(n:Network) | n] AS n
WITH n, coalesce(head([s IN memberSets WHERE s.layer = n | s.members]), []) AS listed,
     coalesce(head([s IN tieSets WHERE s.layer = n.id | s]), {pairs: [], members: []}) AS ties
WITH n, listed + [m IN ties.members WHERE NOT m IN listed] AS members, ties.pairs AS pairs
WITH collect({layer: n, members: members, pairs: pairs}) AS sets
UNWIND sets AS a
UNWIND sets AS b
WITH a, b
WHERE a.layer.id < b.layer.id
WITH a.layer AS la, b.layer AS lb, a.members AS ma, b.members AS mb, a.pairs AS pa, b.pairs AS pb
WITH la, lb, ma, mb, pa, pb, size(ma) AS actorsA, size(mb) AS actorsB, size(pa) AS pairsA, size(pb) AS pairsB
WITH la, lb, actorsA, actorsB, pairsA, pairsB,
     CASE WHEN actorsA <= actorsB THEN size([x IN ma WHERE x IN mb]) ELSE size([x IN mb WHERE x IN ma]) END AS actorsBoth,
     CASE WHEN pairsA <= pairsB THEN size([p IN pa WHERE p IN pb]) ELSE size([p IN pb WHERE p IN pa]) END AS pairsBoth
WITH la, lb, actorsA, actorsB, actorsBoth, actorsA + actorsB - actorsBoth AS actorsEither,
     pairsA, pairsB, pairsBoth, pairsA + pairsB - pairsBoth AS pairsEither
RETURN la.id AS layerA, la.name AS layerAName, lb.id AS layerB, lb.name AS layerBName,
       actorsA, actorsB, actorsBoth, actorsEither,
       CASE WHEN actorsEither = 0 THEN 0.0 ELSE toFloat(actorsBoth) / actorsEither END AS actorJaccard,
       pairsA, pairsB, pairsBoth, pairsEither,
       CASE WHEN pairsEither = 0 THEN 0.0 ELSE toFloat(pairsBoth) / pairsEither END AS tieJaccard
ORDER BY layerA, layerB
