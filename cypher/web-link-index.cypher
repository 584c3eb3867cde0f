// Every node a note body can link to or cite, for resolving wiki-links and citations to pages.
// @internal  run by the web pages and the API, not listed for users
// @returns id, label, name, aliases, file
// Each label's own properties (GraphModel/Shapes): a name (concepts, critiques, actors) or a title (references,
// datasets); propositions have neither, and only concepts have aliases. file: the note's or content dataset's file
// (sourceFile, from the content folder), for links written as paths ([[concepts/alpha]], [[networks/ds/dataset]]);
// null for references, actors and imported datasets, which no path in a note names.
// Actors: those of content datasets only. A note can link only to what content declares (the loader resolves its
// wiki-links against content), and reading every imported actor would make every page cost as much as the largest import.
// The index hint: with few actors in the graph Neo4j 3.1 plans a scan of all of them instead.
MATCH (n:Concept)
RETURN n.id AS id, 'Concept' AS label, n.name AS name, coalesce(n.aliases, []) AS aliases, n.sourceFile AS file
UNION ALL
MATCH (n:Proposition)
RETURN n.id AS id, 'Proposition' AS label, null AS name, [] AS aliases, n.sourceFile AS file
UNION ALL
MATCH (n:Critique)
RETURN n.id AS id, 'Critique' AS label, n.name AS name, [] AS aliases, n.sourceFile AS file
UNION ALL
MATCH (n:Reference)
RETURN n.id AS id, 'Reference' AS label, n.title AS name, [] AS aliases, null AS file
UNION ALL
MATCH (n:Dataset)
RETURN n.id AS id, 'Dataset' AS label, n.title AS name, [] AS aliases, CASE WHEN n.importRun IS NULL THEN n.sourceFile END AS file
UNION ALL
MATCH (d:Dataset)
WHERE d.importRun IS NULL
MATCH (n:Actor)
USING INDEX n:Actor(dataset)
WHERE n.dataset = d.id
RETURN n.id AS id, 'Actor' AS label, n.name AS name, [] AS aliases, null AS file
