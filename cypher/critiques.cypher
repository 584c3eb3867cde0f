// Critiques of a concept or proposition: direct ones, and those inherited from its ancestors and its family, each with who raised it, where, and how it was answered.
// @param id string  The concept (or proposition) id, e.g. learning-region
// @param maxDepth int = 6  How many DERIVED_FROM/MEMBER_OF steps up the lineage inherited critiques may come from (0 to 6)
// @returns critiqueId, critiqueName, summary, reach, viaId, viaName, depth, raisedIn, responses, specialises, specialisedBy, sourceFile, sourceLine
// One row per critique that applies, reached by its nearest path (ties broken by the id of the concept it targets):
// - reach 'direct': the critique TARGETS the concept itself (depth 0);
// - reach 'inherited-from-family': it TARGETS a concept the lineage is a MEMBER_OF (the last step is MEMBER_OF,
//   e.g. a critique of the TIM family applies to the Learning Region);
// - reach 'inherited-from-ancestor': it TARGETS a concept the lineage is DERIVED_FROM.
// viaId/viaName: the concept the critique targets; depth: lineage steps from the concept to it.
// raisedIn: [{ref, title, year, authors, locator}] from RAISED_IN; responses: [{id, label, name, how}] from RESPONDS_TO,
// by any concept or proposition. Critiques that SPECIALISE an applicable critique are NOT rows: a narrower critique targets
// some other concept and does not apply here by inheritance. They are listed in specialisedBy ([{id, name}]) so the
// reader sees the whole family of a critique; specialises lists the broader critiques this one narrows.
MATCH (c)
WHERE c.id = $id AND (c:Concept OR c:Proposition)
MATCH p = (c)-[:DERIVED_FROM|MEMBER_OF*0..6]->(via)
WHERE length(p) <= $maxDepth AND (via:Concept OR via:Proposition)
MATCH (k:Critique)-[:TARGETS]->(via)
WITH k, via, length(p) AS depth, CASE WHEN length(p) = 0 THEN null ELSE type(last(relationships(p))) END AS lastStep
ORDER BY depth, via.id
WITH k, collect({via: via, depth: depth, lastStep: lastStep}) AS reaches
WITH k, head(reaches) AS best
WITH k, best.via AS via, best.depth AS depth,
     CASE WHEN best.depth = 0 THEN 'direct'
          WHEN best.lastStep = 'MEMBER_OF' THEN 'inherited-from-family'
          ELSE 'inherited-from-ancestor' END AS reach
RETURN k.id AS critiqueId, k.name AS critiqueName, k.summary AS summary, reach,
       via.id AS viaId, coalesce(via.name, 'Proposition ' + toString(via.number)) AS viaName, depth,
       [(k)-[r:RAISED_IN]->(ref:Reference) | {ref: ref.id, title: ref.title, year: ref.year, authors: ref.authors, locator: r.locator}] AS raisedIn,
       [(answer)-[r:RESPONDS_TO]->(k) | {id: answer.id, label: head(labels(answer)), name: coalesce(answer.name, 'Proposition ' + toString(answer.number)), how: r.how}] AS responses,
       [(k)-[:SPECIALISES]->(broader:Critique) | broader.id] AS specialises,
       [(narrower:Critique)-[:SPECIALISES]->(k) | {id: narrower.id, name: narrower.name}] AS specialisedBy,
       k.sourceFile AS sourceFile, k.sourceLine AS sourceLine
ORDER BY depth, critiqueId
