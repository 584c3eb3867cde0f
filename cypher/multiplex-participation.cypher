// Multiplex participation per actor of a network dataset: degree in each layer, overlapping degree, and Battiston et al. (2014)'s participation coefficient.
// The same coefficient, for every actor of the dataset including those without ties (P = 0), is computed in the service
// with the other standard measures (GET /api/networks/{dataset}/measures, `timkg analyse`): use that at scale. This query
// is kept for Neo4j Browser users; it expands every tie of the dataset (about 37 s at 1M ties, docs/benchmarks.md).
// GET /api/networks/{dataset}/participation and the dataset page compute the same rows in the service on the dataset's
// projection (MultiplexParticipation).
// @param dataset string  The dataset id, e.g. preface-network
// @param from date = null  Start of the period, ISO date or a year (its first day); null: open
// @param to date-end = null  End of the period, inclusive, ISO date or a year (its last day); null: open
// @param wave string = null  Only this wave (an id of the dataset's waves); null: any wave
// @returns actorId, actorName, kind, region, layersInDataset, layersParticipated, layersActive, degrees, overlappingDegree, aggregateDegree, participation
// Conventions:
// - Actors of the dataset: every Actor whose `dataset` is $dataset (found through the Actor(dataset) index), also one in
//   no layer and with no tie (an isolate: all degrees 0, participation 0). Layers: the Network nodes the Dataset CONTAINS.
// - Degree k_i^α: the number of DISTINCT other actors tied to i by a TIE whose `network` is layer α, in either direction
//   (undirected, unweighted; parallel ties and self-loops don't add to it).
// - degrees: one {layer, degree} per layer of the dataset, by layer id (zeros included).
// - overlappingDegree o_i = Σ_α k_i^α; aggregateDegree = distinct neighbours over all layers of the dataset.
// - participation P_i = M/(M−1) · [1 − Σ_α (k_i^α / o_i)²], M = layersInDataset (all layers of the dataset, not only the actor's),
//   P_i = 0 when o_i = 0 or M < 2. Full precision here: round only for display.
// - layersParticipated counts PARTICIPATES_IN links; layersActive counts layers where the actor has degree > 0.
// - Period ($from, $to, $wave; docs/network-measures.md "Analyses by period"): degrees count only the TIEs active in it
//   (($wave null or t.wave null or t.wave = $wave) and ($to null or t.validFrom null or t.validFrom <= $to) and
//   ($from null or t.validTo null or t.validTo >= $from); a TIE without time is active in every period).
//   layersParticipated is then the layers the actor is a member of in the period: an active TIE there, or a
//   PARTICIPATES_IN {listed: true} active by the same rule. With all three null, everything counts as without time.
// How: each actor's ties are expanded once (not once per layer) and grouped by (actor, TIE network) into distinct
// neighbour sets; networks that are not layers of the dataset are ignored when the per-layer degrees are read off.
// The aggregate degree is the union of the per-layer sets, built layer by layer with IN lookups (a hash set per
// step), so it is linear in the degree, not quadratic.
MATCH (d:Dataset {id: $dataset})
OPTIONAL MATCH (d)-[:CONTAINS]->(n:Network)
WITH n ORDER BY n.id
WITH collect(n) AS layers
WITH layers, {ids: [l IN layers | l.id]} AS ctx
MATCH (x:Actor)
USING INDEX x:Actor(dataset)
WHERE x.dataset = $dataset
WITH {ids: ctx.ids, timeless: $from IS NULL AND $to IS NULL AND $wave IS NULL,
       participations: [(x)-[p:PARTICIPATES_IN]->(l:Network) WHERE l IN layers
         AND (($from IS NULL AND $to IS NULL AND $wave IS NULL)
           OR (p.listed = true AND ($wave IS NULL OR p.wave IS NULL OR p.wave = $wave)
               AND ($to IS NULL OR p.validFrom IS NULL OR p.validFrom <= $to) AND ($from IS NULL OR p.validTo IS NULL OR p.validTo >= $from))) | l.id]} AS ctx, x
OPTIONAL MATCH (x)-[t:TIE]-(y:Actor)
WHERE y <> x AND ($wave IS NULL OR t.wave IS NULL OR t.wave = $wave)
  AND ($to IS NULL OR t.validFrom IS NULL OR t.validFrom <= $to) AND ($from IS NULL OR t.validTo IS NULL OR t.validTo >= $from)
WITH x, t.network AS layer, collect(DISTINCT y) AS neighbours, head(collect(ctx)) AS ctx
WITH x, collect({layer: layer, neighbours: neighbours}) AS byLayer, head(collect(ctx)) AS ctx
WITH x, ctx, [id IN ctx.ids | coalesce(head([b IN byLayer WHERE b.layer = id | b.neighbours]), [])] AS perLayer
WITH x, ctx, size(ctx.ids) AS m, perLayer,
     reduce(o = 0, ns IN perLayer | o + size(ns)) AS o,
     reduce(s = 0, ns IN perLayer | s + size(ns) * size(ns)) AS squares,
     reduce(acc = [], ns IN perLayer | acc + [y IN ns WHERE NOT y IN acc]) AS allNeighbours
RETURN x.id AS actorId, x.name AS actorName, x.kind AS kind,
       head([(x)-[:LOCATED_IN]->(r:Region) | r.id]) AS region,
       m AS layersInDataset,
       CASE WHEN ctx.timeless THEN size(ctx.participations)
            ELSE size([i IN range(0, m - 1) WHERE ctx.ids[i] IN ctx.participations OR size(perLayer[i]) > 0]) END AS layersParticipated,
       size([ns IN perLayer WHERE size(ns) > 0]) AS layersActive,
       [i IN range(0, m - 1) | {layer: ctx.ids[i], degree: size(perLayer[i])}] AS degrees,
       o AS overlappingDegree, size(allNeighbours) AS aggregateDegree,
       CASE WHEN o = 0 OR m < 2 THEN 0.0
            ELSE (toFloat(m) / (m - 1)) * (1.0 - toFloat(squares) / (o * o)) END AS participation
ORDER BY actorId
