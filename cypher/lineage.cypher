// Lineage of a concept (or proposition): its ancestors and descendants along the lineage relations, each step typed and with its ground, plus the ideas it parallels and who produced it.
// @param id string  The concept or proposition id, e.g. learning-region
// @param maxDepth int 1..6 = 6  How many steps to follow in each direction
// @returns direction, depth, relationship, fromId, fromLabel, fromName, toId, toLabel, toName, stepRef, stepLocator, stepQuote, introducedIn, sourceFile, sourceLine
// One row per step. relationship says what kind of step it is (content/README.md, "Typed links"):
// DERIVED_FROM (developed out of), IS_A (a kind of), MEMBER_OF (in a family), MOTIVATED_BY (context or motivation: a
// concept, a work or a critique that set it going), PARALLELS (a parallel the text draws), PRODUCED (an actor, author or
// event that produced it).
// direction: 'ancestor' (the steps it grew out of, followed up to maxDepth through DERIVED_FROM, IS_A, MEMBER_OF and
// MOTIVATED_BY), 'descendant' (what grew out of it, the same relations followed down), 'parallel' (PARALLELS either way,
// depth 1) or 'producer' (PRODUCED, depth 1: fromId is the actor, author or network layer).
// stepRef/stepLocator/stepQuote: the reference a step names and its ground in the source text (the step's own properties);
// introducedIn: where the derived node (fromId) was introduced [{ref, year, locator}].
MATCH (c)
WHERE c.id = $id AND (c:Concept OR c:Proposition)
MATCH p = (c)-[:DERIVED_FROM|IS_A|MEMBER_OF|MOTIVATED_BY*1..6]->()
WHERE length(p) <= $maxDepth
WITH last(relationships(p)) AS step, min(length(p)) AS depth
WITH 'ancestor' AS direction, depth, step, startNode(step) AS derived, endNode(step) AS origin
RETURN direction, depth, type(step) AS relationship,
       derived.id AS fromId, head(labels(derived)) AS fromLabel, coalesce(derived.name, 'Proposition ' + toString(derived.number)) AS fromName,
       origin.id AS toId, head(labels(origin)) AS toLabel, coalesce(origin.name, origin.title, 'Proposition ' + toString(origin.number)) AS toName,
       step.ref AS stepRef, step.locator AS stepLocator, step.quote AS stepQuote,
       [(derived)-[i:INTRODUCED_IN]->(r:Reference) | {ref: r.id, year: r.year, locator: i.locator}] AS introducedIn,
       step.sourceFile AS sourceFile, step.sourceLine AS sourceLine
ORDER BY direction, depth, fromId, toId
UNION ALL
MATCH (c)
WHERE c.id = $id AND (c:Concept OR c:Proposition)
MATCH p = ()-[:DERIVED_FROM|IS_A|MEMBER_OF|MOTIVATED_BY*1..6]->(c)
WHERE length(p) <= $maxDepth
WITH head(relationships(p)) AS step, min(length(p)) AS depth
WITH 'descendant' AS direction, depth, step, startNode(step) AS derived, endNode(step) AS origin
RETURN direction, depth, type(step) AS relationship,
       derived.id AS fromId, head(labels(derived)) AS fromLabel, coalesce(derived.name, 'Proposition ' + toString(derived.number)) AS fromName,
       origin.id AS toId, head(labels(origin)) AS toLabel, coalesce(origin.name, origin.title, 'Proposition ' + toString(origin.number)) AS toName,
       step.ref AS stepRef, step.locator AS stepLocator, step.quote AS stepQuote,
       [(derived)-[i:INTRODUCED_IN]->(r:Reference) | {ref: r.id, year: r.year, locator: i.locator}] AS introducedIn,
       step.sourceFile AS sourceFile, step.sourceLine AS sourceLine
ORDER BY direction, depth, fromId, toId
UNION ALL
MATCH (c)
WHERE c.id = $id AND (c:Concept OR c:Proposition)
MATCH (c)-[step:PARALLELS|PRODUCED]-(other)
WITH CASE type(step) WHEN 'PARALLELS' THEN 'parallel' ELSE 'producer' END AS direction, 1 AS depth, step,
     startNode(step) AS derived, endNode(step) AS origin
RETURN direction, depth, type(step) AS relationship,
       derived.id AS fromId, head(labels(derived)) AS fromLabel, coalesce(derived.name, derived.title, 'Proposition ' + toString(derived.number)) AS fromName,
       origin.id AS toId, head(labels(origin)) AS toLabel, coalesce(origin.name, origin.title, 'Proposition ' + toString(origin.number)) AS toName,
       step.ref AS stepRef, step.locator AS stepLocator, step.quote AS stepQuote,
       [(derived)-[i:INTRODUCED_IN]->(r:Reference) | {ref: r.id, year: r.year, locator: i.locator}] AS introducedIn,
       step.sourceFile AS sourceFile, step.sourceLine AS sourceLine
ORDER BY direction, depth, fromId, toId
