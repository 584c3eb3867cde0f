// The ties of a network dataset with both ends' names and its layer, the first $limit by layer, source and target (for the graph view and the ties table).
// @internal  run by the web pages and the API, not listed for users
// @param dataset string  The dataset id
// @param limit int 1..5000 = 500  Most ties returned (the page says how many there are in all, from web-layers)
// @returns source, sourceName, target, targetName, layer, layerName, resource, weight
// From the dataset's own actors (the Actor.dataset index), each tie at its start: the cost is this dataset's size,
// whatever other datasets hold.
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(n:Network)
WITH collect(n) AS layers
MATCH (a:Actor)
USING INDEX a:Actor(dataset)
WHERE a.dataset = $dataset
MATCH (a)-[t:TIE]->(b:Actor)
WITH a, t, b, head([l IN layers WHERE l.id = t.network]) AS n
WHERE n IS NOT NULL
RETURN a.id AS source, a.name AS sourceName, b.id AS target, b.name AS targetName, n.id AS layer, n.name AS layerName,
       t.resource AS resource, t.weight AS weight
ORDER BY layerName, sourceName, targetName
LIMIT $limit
