// Lineage of a concept: its ancestors and descendants along DERIVED_FROM and MEMBER_OF, each step with the reference and year that introduced it.
// @param id string  The concept id, e.g. learning-region
// @param maxDepth int = 6  How many steps to follow in each direction (1 to 6)
// @returns direction, depth, relationship, fromId, fromName, toId, toName, stepRef, stepLocator, introducedIn, sourceFile, sourceLine
// One row per step. direction is 'ancestor' (the steps the concept grew out of) or 'descendant' (what grew out of it).
// stepRef/stepLocator: the reference a DERIVED_FROM step itself names; introducedIn: where the derived concept (fromId) was introduced.
MATCH (c:Concept {id: $id})
MATCH p = (c)-[:DERIVED_FROM|MEMBER_OF*1..6]->(:Concept)
WHERE length(p) <= $maxDepth
WITH last(relationships(p)) AS step, min(length(p)) AS depth
WITH 'ancestor' AS direction, depth, step, startNode(step) AS derived, endNode(step) AS origin
RETURN direction, depth, type(step) AS relationship,
       derived.id AS fromId, derived.name AS fromName, origin.id AS toId, origin.name AS toName,
       step.ref AS stepRef, step.locator AS stepLocator,
       [(derived)-[i:INTRODUCED_IN]->(r:Reference) | {ref: r.id, year: r.year, locator: i.locator}] AS introducedIn,
       step.sourceFile AS sourceFile, step.sourceLine AS sourceLine
ORDER BY direction, depth, fromId, toId
UNION ALL
MATCH (c:Concept {id: $id})
MATCH p = (:Concept)-[:DERIVED_FROM|MEMBER_OF*1..6]->(c)
WHERE length(p) <= $maxDepth
WITH head(relationships(p)) AS step, min(length(p)) AS depth
WITH 'descendant' AS direction, depth, step, startNode(step) AS derived, endNode(step) AS origin
RETURN direction, depth, type(step) AS relationship,
       derived.id AS fromId, derived.name AS fromName, origin.id AS toId, origin.name AS toName,
       step.ref AS stepRef, step.locator AS stepLocator,
       [(derived)-[i:INTRODUCED_IN]->(r:Reference) | {ref: r.id, year: r.year, locator: i.locator}] AS introducedIn,
       step.sourceFile AS sourceFile, step.sourceLine AS sourceLine
ORDER BY direction, depth, fromId, toId
