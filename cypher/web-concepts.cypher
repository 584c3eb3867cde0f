// Every concept for the index page, with its kind and how many critiques target it directly.
// @internal  run by the web pages and the API, not listed for users
// @returns id, kind, name, year, summary, critiques
MATCH (c:Concept)
RETURN c.id AS id, c.kind AS kind, c.name AS name, c.year AS year, c.summary AS summary,
       size([(k:Critique)-[:TARGETS]->(c) | k]) AS critiques
ORDER BY c.name, c.id
