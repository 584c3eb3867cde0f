// Every node a note body can link to or cite, for resolving wiki-links and citations to pages.
// @returns id, label, name, aliases
MATCH (n)
WHERE n:Concept OR n:Proposition OR n:Critique OR n:Reference OR n:Dataset OR n:Actor
RETURN n.id AS id, head(labels(n)) AS label, coalesce(n.name, n.title) AS name, coalesce(n.aliases, []) AS aliases
