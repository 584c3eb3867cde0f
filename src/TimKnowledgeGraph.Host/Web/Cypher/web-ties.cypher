// Every tie of a network dataset with both ends' names and its layer, and the dataset's actors (for the graph view and the ties table).
// @param dataset string  The dataset id
// @returns source, sourceName, target, targetName, layer, layerName, resource, weight
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(n:Network)
MATCH (a:Actor)-[t:TIE]->(b:Actor)
WHERE t.network = n.id
RETURN a.id AS source, a.name AS sourceName, b.id AS target, b.name AS targetName, n.id AS layer, n.name AS layerName,
       t.resource AS resource, t.weight AS weight
ORDER BY layerName, sourceName, targetName
