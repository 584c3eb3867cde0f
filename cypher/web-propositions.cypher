// Every proposition, by number.
// @internal  run by the web pages and the API, not listed for users
// @returns id, number, text, critiques
MATCH (p:Proposition)
RETURN p.id AS id, p.number AS number, p.text AS text, size([(k:Critique)-[:TARGETS]->(p) | k]) AS critiques
ORDER BY p.number, p.id
