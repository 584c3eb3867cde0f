// Every reference, oldest first, with how many nodes rest on it (cite it, were raised or introduced in it, draw evidence from it).
// @internal  run by the web pages and the API, not listed for users
// @returns id, type, title, year, authors, container, uses
MATCH (r:Reference)
RETURN r.id AS id, r.type AS type, r.title AS title, r.year AS year, coalesce(r.authors, []) AS authors, r.container AS container,
       size([(x)-[u:CITES|RAISED_IN|INTRODUCED_IN|FROM|DERIVED_FROM]->(r) | u]) AS uses
ORDER BY r.year, r.id
