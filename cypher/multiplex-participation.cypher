// Multiplex participation per actor of a network dataset: degree in each layer, overlapping degree, and Battiston et al. (2014)'s participation coefficient.
// @param dataset string  The dataset id, e.g. preface-network
// @returns actorId, actorName, kind, region, layersInDataset, layersParticipated, layersActive, degrees, overlappingDegree, aggregateDegree, participation
// Conventions:
// - Actors of the dataset: those that PARTICIPATE_IN at least one of its layers (Network nodes the Dataset CONTAINS).
// - Degree k_i^α: the number of DISTINCT other actors tied to i by a TIE whose `network` is layer α, in either direction
//   (undirected, unweighted; parallel ties and self-loops don't add to it).
// - degrees: one {layer, degree} per layer of the dataset, by layer id (zeros included).
// - overlappingDegree o_i = Σ_α k_i^α; aggregateDegree = distinct neighbours over all layers of the dataset.
// - participation P_i = M/(M−1) · [1 − Σ_α (k_i^α / o_i)²], M = layersInDataset (all layers of the dataset, not only the actor's),
//   P_i = 0 when o_i = 0 or M < 2. Full precision here: round only for display.
// - layersParticipated counts PARTICIPATES_IN links; layersActive counts layers where the actor has degree > 0.
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(n:Network)
WITH d, collect(n) AS layers
WITH d, layers, size(layers) AS m
UNWIND layers AS n
MATCH (x:Actor)-[:PARTICIPATES_IN]->(n)
WITH DISTINCT layers, m, x
UNWIND layers AS n
OPTIONAL MATCH (x)-[t:TIE]-(y:Actor)
WHERE t.network = n.id AND y <> x
WITH layers, m, x, n, collect(DISTINCT y) AS neighbours
ORDER BY n.id
WITH layers, m, x,
     collect({layer: n.id, degree: size(neighbours)}) AS degrees,
     sum(size(neighbours)) AS o,
     sum(size(neighbours) * size(neighbours)) AS squares,
     reduce(acc = [], ns IN collect(neighbours) | acc + [y IN ns WHERE NOT y IN acc]) AS allNeighbours
RETURN x.id AS actorId, x.name AS actorName, x.kind AS kind,
       head([(x)-[:LOCATED_IN]->(r:Region) | r.id]) AS region,
       m AS layersInDataset,
       size([(x)-[:PARTICIPATES_IN]->(l:Network) WHERE l IN layers | l]) AS layersParticipated,
       size([k IN degrees WHERE k.degree > 0]) AS layersActive,
       degrees, o AS overlappingDegree, size(allNeighbours) AS aggregateDegree,
       CASE WHEN o = 0 OR m < 2 THEN 0.0
            ELSE (toFloat(m) / (m - 1)) * (1.0 - toFloat(squares) / (o * o)) END AS participation
ORDER BY actorId
