// Fallback search for builds without the query layer's 'search': case-insensitive 'contains' on ids, names, aliases, summaries, titles and text, grouped by label.
// @internal  run by the web pages and the API, not listed for users
// @param text string  The text to look for
// @param limit int 1..1000 = 20  Most hits returned per label
// @returns label, total, hits
WITH toLower($text) AS q
MATCH (n)
WHERE (n:Concept OR n:Proposition OR n:Critique OR n:Reference OR n:Actor) AND q <> ''
  AND (toLower(coalesce(n.name, '')) CONTAINS q OR toLower(coalesce(n.title, '')) CONTAINS q
       OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS q) OR toLower(coalesce(n.summary, '')) CONTAINS q
       OR toLower(coalesce(n.text, '')) CONTAINS q OR toLower(n.id) CONTAINS q)
WITH head(labels(n)) AS label, n, coalesce(n.name, n.title, 'Proposition ' + toString(n.number)) AS name
ORDER BY label, name, n.id
WITH label, collect({id: n.id, name: name, matched: null}) AS found
RETURN label, size(found) AS total, found[0..$limit] AS hits
ORDER BY label
