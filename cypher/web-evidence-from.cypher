// Evidence items drawn from a reference or dataset, each with the claim it bears on.
// @internal  run by the web pages and the API, not listed for users
// @param id string  The reference key or dataset id
// @returns evidenceId, stance, quote, locator, claimId, claimLabel, claimName, sourceFile, sourceLine
MATCH (e:Evidence)-[:FROM]->(s)
WHERE s.id = $id AND (s:Reference OR s:Dataset)
MATCH (e)-[r:SUPPORTS|CHALLENGES|QUALIFIES]->(t)
RETURN e.id AS evidenceId, toLower(type(r)) AS stance, e.quote AS quote, e.locator AS locator,
       t.id AS claimId, head(labels(t)) AS claimLabel, coalesce(t.name, 'Proposition ' + toString(t.number)) AS claimName,
       e.sourceFile AS sourceFile, e.sourceLine AS sourceLine
ORDER BY claimName, evidenceId
