// Search by text across concepts, propositions, critiques, references and actors: case-insensitive 'contains' on names, aliases, summaries and titles, grouped by label.
// @param text string  The text to look for, e.g. learning
// @param limit int 1..1000 = 20  Most hits returned per label
// @returns label, total, hits
// One row per label that has hits (Concept, Critique, Proposition, Reference, Actor order: alphabetical by label).
// Fields searched: Concept id/name/aliases/summary; Proposition id/text; Critique id/name/summary; Reference id/title/its
// authors' names (Author nodes via AUTHORED); Actor id/name. hits: [{id, name, matched}] sorted by name then id, where
// matched names the first field that contains the text; total counts all hits before the limit.
WITH toLower($text) AS q
MATCH (n)
WHERE (n:Concept OR n:Proposition OR n:Critique OR n:Reference OR n:Actor) AND q <> ''
WITH q, n, head(labels(n)) AS label,
     CASE
       WHEN toLower(coalesce(n.name, '')) CONTAINS q THEN 'name'
       WHEN toLower(coalesce(n.title, '')) CONTAINS q THEN 'title'
       WHEN any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q) THEN 'aliases'
       WHEN toLower(coalesce(n.summary, '')) CONTAINS q THEN 'summary'
       WHEN toLower(coalesce(n.text, '')) CONTAINS q THEN 'text'
       WHEN toLower(n.id) CONTAINS q THEN 'id'
       WHEN n:Reference AND any(a IN [(au:Author)-[:AUTHORED]->(n) | au.name] WHERE toLower(a) CONTAINS q) THEN 'authors'
     END AS matched
WHERE matched IS NOT NULL
WITH label, n, matched, coalesce(n.name, n.title, 'Proposition ' + toString(n.number)) AS name
ORDER BY label, name, n.id
WITH label, collect({id: n.id, name: name, matched: matched}) AS found
RETURN label, size(found) AS total, found[0..$limit] AS hits
ORDER BY label
