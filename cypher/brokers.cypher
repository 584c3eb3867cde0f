// Brokers of a network dataset: actors with ties in layers of at least two different kinds (scale-nature classes), the kinds they bridge, and a brokerage score.
// @param dataset string  The dataset id, e.g. preface-network
// @param minClasses int = 2  Least number of distinct layer classes an actor must have ties in
// @returns actorId, actorName, kind, region, classCount, classes, bridges, brokeredPairs, score
// Conventions:
// - A layer's class is its `scale` + '-' + `nature` (e.g. regional-social, global-economic); formality is not part of it,
//   so two layers that differ only in formality are one class.
// - An actor is in a class when it has at least one TIE (either direction, other end another actor) in a layer of that class.
// - classCount: the number of distinct classes the actor is in = the brokerage score's main term. Brokers have classCount >= $minClasses.
// - bridges: every unordered pair of the actor's classes ('regional-social|global-economic'), i.e. the kinds of layer it connects.
// - brokeredPairs: unordered pairs {u, v} of the actor's neighbours, u in one class and v in another (u <> v), that are NOT tied
//   to each other in any layer of the dataset: pairs that, locally, meet only through this actor across layer kinds
//   (Gould & Fernandez-style cross-group brokerage, counted on distinct pairs).
// - score = [classCount, brokeredPairs], compared in that order; rows are sorted by it, then by actor id.
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(n:Network)
WITH collect(n) AS layers
UNWIND layers AS n
MATCH (x:Actor)-[t:TIE]-(y:Actor)
WHERE t.network = n.id AND y <> x
WITH layers, x, n.scale + '-' + n.nature AS class, collect(DISTINCT y) AS neighbours
ORDER BY class
WITH layers, x, collect({class: class, neighbours: neighbours}) AS byClass
WITH layers, x, byClass, size(byClass) AS classCount
WHERE classCount >= $minClasses
WITH x, classCount, [c IN byClass | c.class] AS classes,
     [i IN range(0, size(byClass) - 2) | [j IN range(i + 1, size(byClass) - 1) | [byClass[i], byClass[j]]]] AS nested,
     [l IN layers | l.id] AS layerIds
WITH x, classCount, classes, layerIds, reduce(acc = [], ps IN nested | acc + ps) AS classPairs
WITH x, classCount, classes, layerIds, classPairs,
     reduce(acc = [], cp IN classPairs |
       acc + [u IN cp[0].neighbours | [v IN cp[1].neighbours WHERE u <> v |
               CASE WHEN u.id < v.id THEN [u, v] ELSE [v, u] END]]) AS candidateLists
WITH x, classCount, classes, layerIds, classPairs,
     reduce(acc = [], ps IN candidateLists | acc + [p IN ps WHERE NOT p IN acc]) AS candidates
WITH x, classCount, classes, classPairs,
     [p IN candidates WHERE size([(a)-[t:TIE]-(b) WHERE a = p[0] AND b = p[1] AND t.network IN layerIds | t]) = 0] AS brokered
RETURN x.id AS actorId, x.name AS actorName, x.kind AS kind,
       head([(x)-[:LOCATED_IN]->(r:Region) | r.id]) AS region,
       classCount, classes,
       [cp IN classPairs | cp[0].class + '|' + cp[1].class] AS bridges,
       size(brokered) AS brokeredPairs,
       [classCount, size(brokered)] AS score
ORDER BY classCount DESC, brokeredPairs DESC, actorId
