// Every network dataset with its source and size.
// @internal  run by the web pages and the API, not listed for users
// @returns id, title, source, locator, layers, actors, regions
MATCH (d:Dataset)
OPTIONAL MATCH (d)-[:CONTAINS]->(n:Network)
OPTIONAL MATCH (a:Actor)-[:PARTICIPATES_IN]->(n)
OPTIONAL MATCH (a)-[:LOCATED_IN]->(g:Region)
RETURN d.id AS id, d.title AS title, d.source AS source, d.locator AS locator,
       count(DISTINCT n) AS layers, count(DISTINCT a) AS actors, count(DISTINCT g) AS regions
ORDER BY d.title, d.id
