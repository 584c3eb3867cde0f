// The layers of a network dataset with their kind, the network-kind concept they instantiate, and their size.
// @param dataset string  The dataset id
// @returns id, layer, name, scale, nature, formality, conceptId, conceptName, actors, ties
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(n:Network)
OPTIONAL MATCH (n)-[:INSTANCE_OF]->(c:Concept)
RETURN n.id AS id, n.layer AS layer, n.name AS name, n.scale AS scale, n.nature AS nature, n.formality AS formality,
       c.id AS conceptId, c.name AS conceptName,
       size([(a:Actor)-[:PARTICIPATES_IN]->(n) | a]) AS actors,
       size([(:Actor)-[t:TIE]->(:Actor) WHERE t.network = n.id | t]) AS ties
ORDER BY n.id
