// Brokers of a network dataset: actors with ties in layers of at least two different kinds (scale-nature classes), the kinds they bridge, and a brokerage score.
// A MEASURE OF OUR OWN, not a field-standard one: cite nothing for it. The standard measures (betweenness, Burt's
// effective size and constraint, Gould & Fernandez brokerage roles with regions as groups) are computed in the service:
// GET /api/networks/{dataset}/measures, `timkg analyse <dataset>`, docs/network-measures.md. Cost: it expands every
// neighbour's ties; at 1M ties it runs for minutes (docs/benchmarks.md). GET /api/networks/{dataset}/brokers and the
// dataset page compute the same rows in the service on the dataset's projection (CrossLayerBrokers).
// @param dataset string  The dataset id, e.g. preface-network
// @param minClasses int 1.. = 2  Least number of distinct layer classes an actor must have ties in
// @param from date = null  Start of the period, ISO date or a year (its first day); null: open
// @param to date-end = null  End of the period, inclusive, ISO date or a year (its last day); null: open
// @param wave string = null  Only this wave (an id of the dataset's waves); null: any wave
// @returns actorId, actorName, kind, region, classCount, classes, bridges, brokeredPairs, score
// Conventions:
// - A layer's class is its `scale` + '-' + `nature` (e.g. regional-social, global-economic), or its `nature` alone when
//   it declares no scale (scale is optional); formality is not part of it, so two layers that differ only in formality
//   are one class.
// - An actor is in a class when it has at least one TIE (either direction, other end another actor) in a layer of that class.
// - classCount: the number of distinct classes the actor is in = the brokerage score's main term. Brokers have classCount >= $minClasses.
// - bridges: every unordered pair of the actor's classes ('regional-social|global-economic'), i.e. the kinds of layer it connects.
// - brokeredPairs: unordered pairs {u, v} of the actor's neighbours, u in one class and v in another (u <> v), that are NOT tied
//   to each other in any layer of the dataset: pairs that, locally, meet only through this actor across layer kinds
//   (Gould & Fernandez-style cross-group brokerage, counted on distinct pairs).
// - score = [classCount, brokeredPairs], compared in that order; rows are sorted by it, then by actor id.
// - Period ($from, $to, $wave; docs/network-measures.md "Analyses by period"): only the TIEs active in it count, for the
//   actor's classes and for the ties between its neighbours alike: ($wave null or t.wave null or t.wave = $wave) and
//   ($to null or t.validFrom null or t.validFrom <= $to) and ($from null or t.validTo null or t.validTo >= $from);
//   a TIE without time is active in every period. With all three null, every TIE counts, as without time.
// How: an actor's ties in a layer are found from the layer's participants (the loader makes both ends of every tie
// PARTICIPATE_IN its layer), so the work stays inside the dataset. Pairs are counted, not listed: of the actor's n distinct
// neighbours, a pair {u, v} is a cross-class pair unless u and v are each in exactly one class and it is the same one, so
// cross-class pairs = n(n-1)/2 - sum over classes c of s_c(s_c-1)/2 (s_c: neighbours whose only class is c). Brokered pairs
// are those minus the cross-class pairs tied to each other, found by expanding each neighbour's ties into the neighbour set
// (each tied pair once, at its end with the smaller id). Cost: the neighbours' degrees, not the square of the actor's.
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(n:Network)
WITH collect(n.id) AS layerIds, collect(n) AS layers
UNWIND layers AS n
MATCH (n)<-[:PARTICIPATES_IN]-(x:Actor)-[t:TIE]-(y:Actor)
WHERE t.network = n.id AND y <> x
  AND ($wave IS NULL OR t.wave IS NULL OR t.wave = $wave)
  AND ($to IS NULL OR t.validFrom IS NULL OR t.validFrom <= $to) AND ($from IS NULL OR t.validTo IS NULL OR t.validTo >= $from)
WITH layerIds, x, coalesce(n.scale + '-', '') + n.nature AS class, collect(DISTINCT y) AS neighbours
ORDER BY class
WITH layerIds, x, collect({class: class, neighbours: neighbours}) AS byClass
WHERE size(byClass) >= $minClasses
WITH layerIds, x, byClass, reduce(acc = [], c IN byClass | acc + [y IN c.neighbours WHERE NOT y IN acc]) AS nbrs
UNWIND nbrs AS u
WITH layerIds, x, byClass, nbrs, u, [c IN byClass WHERE u IN c.neighbours | c.class] AS uClasses
OPTIONAL MATCH (u)-[t:TIE]-(v:Actor)
WHERE t.network IN layerIds AND v IN nbrs AND u.id < v.id
  AND ($wave IS NULL OR t.wave IS NULL OR t.wave = $wave)
  AND ($to IS NULL OR t.validFrom IS NULL OR t.validFrom <= $to) AND ($from IS NULL OR t.validTo IS NULL OR t.validTo >= $from)
WITH x, byClass, nbrs, u, uClasses, collect(DISTINCT v) AS tiedTo
WITH x, byClass, nbrs, uClasses,
     size([v IN tiedTo WHERE size(uClasses) > 1 OR [c IN byClass WHERE v IN c.neighbours | c.class] <> uClasses]) AS tiedCrossPairs
WITH x, byClass, size(nbrs) AS n, collect(CASE WHEN size(uClasses) = 1 THEN uClasses[0] END) AS singleClasses, sum(tiedCrossPairs) AS tied
WITH x, [c IN byClass | c.class] AS classes, n, tied, [c IN byClass | size([sc IN singleClasses WHERE sc = c.class])] AS singles
WITH x, classes, size(classes) AS classCount,
     n * (n - 1) / 2 - reduce(s = 0, k IN singles | s + k * (k - 1) / 2) - tied AS brokered
RETURN x.id AS actorId, x.name AS actorName, x.kind AS kind,
       head([(x)-[:LOCATED_IN]->(r:Region) | r.id]) AS region,
       classCount, classes,
       reduce(acc = [], i IN range(0, classCount - 2) | acc + [j IN range(i + 1, classCount - 1) | classes[i] + '|' + classes[j]]) AS bridges,
       brokered AS brokeredPairs,
       [classCount, brokered] AS score
ORDER BY classCount DESC, brokeredPairs DESC, actorId
