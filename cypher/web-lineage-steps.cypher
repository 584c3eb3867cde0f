// Lineage steps (DERIVED_FROM) that name a reference as the work making the step.
// @internal  run by the web pages and the API, not listed for users
// @param id string  The reference key
// @returns fromId, fromLabel, fromName, toId, toName, locator
MATCH (a)-[s:DERIVED_FROM]->(b)
WHERE s.ref = $id
RETURN a.id AS fromId, head(labels(a)) AS fromLabel, coalesce(a.name, 'Proposition ' + toString(a.number)) AS fromName,
       b.id AS toId, b.name AS toName, s.locator AS locator
ORDER BY fromName, toName
