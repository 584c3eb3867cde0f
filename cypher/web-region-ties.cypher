// The ties of one region per layer of a network dataset: inside the region, and leaving it for another region or for actors without one.
// @internal  run by the web pages, not listed for users
// @param dataset string  The dataset id
// @param region string  The region id
// @param from date = null  Start of the period, ISO date or a year (its first day); null: open
// @param to date-end = null  End of the period, inclusive, ISO date or a year (its last day); null: open
// @param wave string = null  Only this wave (an id of the dataset's waves); null: any wave
// @returns layerId, layerName, nature, scale, inside, toOtherRegions, toNoRegion
// Conventions: those of cypher/regional-typology.cypher, which types the region from the same ties. A TIE is inside
// the region when both its ends are LOCATED_IN it (a self-loop included), and leaves it when one end is in it and the
// other is not: toOtherRegions when the other end is located in another region, toNoRegion when it is located
// nowhere. Each TIE counts once. Period: only the TIEs active in it (a TIE without time is active in every period):
// ($wave null or t.wave null or t.wave = $wave) and ($to null or t.validFrom null or t.validFrom <= $to) and
// ($from null or t.validTo null or t.validTo >= $from). One row per layer of the dataset, zeros included, by name.
// How: each of the region's actors looks at its own ties once, both directions; a tie inside is taken at its start
// only (as regional-typology does), so it is not counted from both ends.
MATCH (r:Region {id: $region})<-[:LOCATED_IN]-(x:Actor)
WHERE x.dataset = $dataset
WITH collect(x) AS actors
UNWIND actors AS x
MATCH (x)-[t:TIE]-(o)
WHERE ($wave IS NULL OR t.wave IS NULL OR t.wave = $wave)
  AND ($to IS NULL OR t.validFrom IS NULL OR t.validFrom <= $to) AND ($from IS NULL OR t.validTo IS NULL OR t.validTo >= $from)
WITH x, t, o, o IN actors AS inside
WHERE startNode(t) = x OR NOT inside
WITH t.network AS layer,
     CASE WHEN inside THEN 'inside' WHEN size([(o)-[:LOCATED_IN]->(g:Region) | g]) > 0 THEN 'other' ELSE 'none' END AS place,
     count(*) AS ties
WITH collect({layer: layer, place: place, ties: ties}) AS counts
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(n:Network)
RETURN n.id AS layerId, n.name AS layerName, n.nature AS nature, n.scale AS scale,
       reduce(s = 0, c IN counts | s + CASE WHEN c.layer = n.id AND c.place = 'inside' THEN c.ties ELSE 0 END) AS inside,
       reduce(s = 0, c IN counts | s + CASE WHEN c.layer = n.id AND c.place = 'other' THEN c.ties ELSE 0 END) AS toOtherRegions,
       reduce(s = 0, c IN counts | s + CASE WHEN c.layer = n.id AND c.place = 'none' THEN c.ties ELSE 0 END) AS toNoRegion
ORDER BY layerName, layerId
