// The actors of a network dataset located in one region, with the layers each takes part in, by name.
// @internal  run by the web pages, not listed for users
// @param dataset string  The dataset id
// @param region string  The region id
// @param limit int 1..5000 = 500  Most actors returned (web-region counts them all)
// @returns actorId, actorName, kind, layers
// layers: the names of the layers (Networks) the actor PARTICIPATES_IN, in name order. Starts from the region, so the
// cost is the region's actors, whatever the rest of the dataset holds.
MATCH (r:Region {id: $region})<-[:LOCATED_IN]-(x:Actor)
WHERE x.dataset = $dataset
WITH x
ORDER BY x.name, x.id
LIMIT $limit
RETURN x.id AS actorId, x.name AS actorName, x.kind AS kind,
       [n IN [(x)-[:PARTICIPATES_IN]->(n:Network) | n.name] WHERE n IS NOT NULL] AS layers
ORDER BY actorName, actorId
