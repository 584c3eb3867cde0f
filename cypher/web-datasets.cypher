// Every network dataset with its source and size.
// @internal  run by the web pages and the API, not listed for users
// @returns id, title, source, locator, layers, actors, regions
// actors: every Actor of the dataset (Actor.dataset, through its index), isolates included, as network.cypher and the
// measures count them; regions: those its actors are located in. Counted from each dataset's own actors: the earlier
// form reached them through every participation of every layer (0.7-1.3 s on a 150,000-tie panel for the home page and
// /networks on each visit, docs/benchmarks.md "Network pages on big datasets") and missed actors in no layer.
MATCH (d:Dataset)
OPTIONAL MATCH (d)-[:CONTAINS]->(n:Network)
WITH d, count(DISTINCT n) AS layers
OPTIONAL MATCH (a:Actor)
WHERE a.dataset = d.id
OPTIONAL MATCH (a)-[:LOCATED_IN]->(g:Region)
RETURN d.id AS id, d.title AS title, d.source AS source, d.locator AS locator,
       layers, count(DISTINCT a) AS actors, count(DISTINCT g) AS regions
ORDER BY d.title, d.id
