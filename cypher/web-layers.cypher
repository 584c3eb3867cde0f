// The layers of a network dataset with their kind, the network-kind concept they instantiate, and their size.
// @internal  run by the web pages and the API, not listed for users
// @param dataset string  The dataset id
// @returns id, layer, name, scale, nature, formality, conceptId, conceptName, actors, ties
// actors: the Actors that PARTICIPATE_IN the layer; ties: the TIEs whose `network` is the layer's id. Both are counted
// from the dataset's own nodes (its layers; its actors by the Actor.dataset index, each tie at its start), so the answer
// costs what this dataset holds, whatever other datasets hold (the index named, so that the planner's statistics
// never choose a scan of every Actor instead). The sizes are counted before the optional INSTANCE_OF:
// Neo4j 3.1 answers a pattern comprehension with null on a row where an OPTIONAL MATCH found nothing, which left the
// counts of every layer without `instance_of` blank.
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(n:Network)
WITH collect(n) AS layers
OPTIONAL MATCH (x:Actor)
USING INDEX x:Actor(dataset)
WHERE x.dataset = $dataset
OPTIONAL MATCH (x)-[t:TIE]->()
WITH layers, t.network AS network, count(t) AS ties
WITH layers, collect({network: network, ties: ties}) AS tieCounts
UNWIND layers AS n
WITH n, size([(a:Actor)-[:PARTICIPATES_IN]->(n) | a]) AS actors,
     coalesce(head([c IN tieCounts WHERE c.network = n.id | c.ties]), 0) AS ties
OPTIONAL MATCH (n)-[:INSTANCE_OF]->(c:Concept)
RETURN n.id AS id, n.layer AS layer, n.name AS name, n.scale AS scale, n.nature AS nature, n.formality AS formality,
       c.id AS conceptId, c.name AS conceptName, actors, ties
ORDER BY n.id
