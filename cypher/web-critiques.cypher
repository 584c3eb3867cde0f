// Every critique with what it targets and where it was raised.
// @internal  run by the web pages and the API, not listed for users
// @returns id, name, summary, targets, raisedIn
MATCH (k:Critique)
RETURN k.id AS id, k.name AS name, k.summary AS summary,
       [(k)-[:TARGETS]->(t) | {id: t.id, label: head(labels(t)), name: coalesce(t.name, 'Proposition ' + toString(t.number))}] AS targets,
       [(k)-[r:RAISED_IN]->(ref:Reference) | {ref: ref.id, year: ref.year, authors: ref.authors, locator: r.locator}] AS raisedIn
ORDER BY k.name, k.id
