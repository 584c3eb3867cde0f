// Every document the full-text search indexes, one row per node of the searchable types (content loads and network
// imports alike): its name, aliases, summary and body, the text of its links (extra), and the page a hit opens.
// @internal  run by the search index, not listed for users
// @returns type, id, name, aliases, summary, body, extra, linkType, linkId
// extra: for concepts, critiques and propositions the quotes that justify their typed links, then their tags; for an author the works
// (title and year); for a dataset its layers. summary: for a Reference a list (container, year), else text.
// Evidence links to the claim it bears on, so a hit on a quote opens the concept, proposition or critique.
MATCH (n:Concept)
RETURN 'Concept' AS type, n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, n.summary AS summary, n.body AS body,
       [(n)-[r]->() WHERE r.quote IS NOT NULL | r.quote] + coalesce(n.tags, []) AS extra, 'Concept' AS linkType, n.id AS linkId
UNION ALL
MATCH (n:Critique)
RETURN 'Critique' AS type, n.id AS id, n.name AS name, [] AS aliases, n.summary AS summary, n.body AS body,
       [(n)-[r]->() WHERE r.quote IS NOT NULL | r.quote] + coalesce(n.tags, []) AS extra, 'Critique' AS linkType, n.id AS linkId
UNION ALL
MATCH (n:Proposition)
RETURN 'Proposition' AS type, n.id AS id, 'Proposition ' + toString(n.number) AS name, [] AS aliases, n.text AS summary, n.body AS body,
       [(n)-[r]->() WHERE r.quote IS NOT NULL | r.quote] + coalesce(n.tags, []) AS extra, 'Proposition' AS linkType, n.id AS linkId
UNION ALL
MATCH (n:Reference)
RETURN 'Reference' AS type, n.id AS id, n.title AS name, [(a:Author)-[:AUTHORED]->(n) | a.name] AS aliases,
       [x IN [n.container, toString(n.year)] WHERE x IS NOT NULL] AS summary, null AS body, [] AS extra, 'Reference' AS linkType, n.id AS linkId
UNION ALL
MATCH (n:Author)
RETURN 'Author' AS type, n.id AS id, n.name AS name, [] AS aliases, null AS summary, null AS body,
       [(n)-[:AUTHORED]->(r:Reference) | coalesce(r.title, '') + ' (' + coalesce(toString(r.year), 'n.d.') + ')'] AS extra, 'Author' AS linkType, n.id AS linkId
UNION ALL
MATCH (n:Actor)
RETURN 'Actor' AS type, n.id AS id, coalesce(n.name, n.localId, n.id) AS name, [] AS aliases, n.kind AS summary, null AS body, [] AS extra, 'Actor' AS linkType, n.id AS linkId
UNION ALL
MATCH (n:Dataset)
RETURN 'Dataset' AS type, n.id AS id, coalesce(n.title, n.id) AS name, [] AS aliases, n.source AS summary, n.body AS body,
       [(n)-[:CONTAINS]->(l:Network) | coalesce(l.name, l.id)] AS extra, 'Dataset' AS linkType, n.id AS linkId
UNION ALL
MATCH (n:Evidence) WHERE n.quote IS NOT NULL
OPTIONAL MATCH (n)-[:SUPPORTS|CHALLENGES|QUALIFIES]->(c)
WITH n, head(collect(c)) AS c
RETURN 'Evidence' AS type, n.id AS id, coalesce(n.stance, 'evidence') + ' on ' + coalesce(c.name, c.title, 'Proposition ' + toString(c.number), c.id, '?') AS name,
       [] AS aliases, n.locator AS summary, n.quote AS body, [] AS extra, coalesce(head(labels(c)), 'Evidence') AS linkType, coalesce(c.id, n.id) AS linkId
