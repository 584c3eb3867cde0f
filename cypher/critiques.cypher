// Critiques of a concept, proposition or critique: direct ones, and those inherited from its ancestors, kinds and family, each with who raised it, where, how it was answered, and the critiques it draws in turn.
// @param id string  The concept, proposition or critique id, e.g. learning-region
// @param maxDepth int 0..6 = 6  How many DERIVED_FROM/IS_A/MEMBER_OF steps up the lineage inherited critiques may come from (0: direct critiques only)
// @returns critiqueId, critiqueName, summary, reach, viaId, viaName, depth, raisedIn, responses, specialises, specialisedBy, critiquedBy, motivated, sourceFile, sourceLine
// One row per critique that applies, reached by its nearest path (ties broken by the id of the node it targets):
// - reach 'direct': the critique TARGETS the node itself (depth 0); a critique may target a critique;
// - reach 'inherited-from-family': it TARGETS a concept the lineage is a MEMBER_OF (the last step is MEMBER_OF,
//   e.g. a critique of the TIM family applies to the Learning Region);
// - reach 'inherited-from-kind': it TARGETS a concept the lineage IS_A kind of (a critique of industrial districts
//   applies to the Marshallian district);
// - reach 'inherited-from-ancestor': it TARGETS a concept (or proposition) the lineage is DERIVED_FROM.
// MOTIVATED_BY and PARALLELS pass no critique on: context is not ancestry.
// viaId/viaName: the node the critique targets; depth: lineage steps from the node to it.
// raisedIn: [{ref, title, year, authors, locator, quote}] from RAISED_IN; responses: [{id, label, name, how, locator, quote, sourceFile}]
// from RESPONDS_TO, by any concept or proposition. Critiques that SPECIALISE an applicable critique are NOT rows: a narrower
// critique targets some other concept and does not apply here by inheritance. They are listed in specialisedBy ([{id, name}]);
// specialises lists the broader critiques this one narrows. critiquedBy: critiques that TARGET this critique ([{id, name}]);
// motivated: concepts and propositions MOTIVATED_BY this critique ([{id, label, name, locator}]), e.g. propositions the
// authors present as corollaries of a critique.
MATCH (c)
WHERE c.id = $id AND (c:Concept OR c:Proposition OR c:Critique)
MATCH p = (c)-[:DERIVED_FROM|IS_A|MEMBER_OF*0..6]->(via)
WHERE length(p) <= $maxDepth AND (via:Concept OR via:Proposition OR via:Critique)
MATCH (k:Critique)-[:TARGETS]->(via)
WITH k, via, length(p) AS depth, CASE WHEN length(p) = 0 THEN null ELSE type(last(relationships(p))) END AS lastStep
ORDER BY depth, via.id
WITH k, collect({via: via, depth: depth, lastStep: lastStep}) AS reaches
WITH k, head(reaches) AS best
WITH k, best.via AS via, best.depth AS depth,
     CASE WHEN best.depth = 0 THEN 'direct'
          WHEN best.lastStep = 'MEMBER_OF' THEN 'inherited-from-family'
          WHEN best.lastStep = 'IS_A' THEN 'inherited-from-kind'
          ELSE 'inherited-from-ancestor' END AS reach
RETURN k.id AS critiqueId, k.name AS critiqueName, k.summary AS summary, reach,
       via.id AS viaId, coalesce(via.name, 'Proposition ' + toString(via.number)) AS viaName, depth,
       [(k)-[r:RAISED_IN]->(ref:Reference) | {ref: ref.id, title: ref.title, year: ref.year, authors: ref.authors, locator: r.locator, quote: r.quote}] AS raisedIn,
       [(answer)-[r:RESPONDS_TO]->(k) | {id: answer.id, label: head(labels(answer)), name: coalesce(answer.name, 'Proposition ' + toString(answer.number)), how: r.how, locator: r.locator, quote: r.quote, sourceFile: r.sourceFile}] AS responses,
       [(k)-[:SPECIALISES]->(broader:Critique) | broader.id] AS specialises,
       [(narrower:Critique)-[:SPECIALISES]->(k) | {id: narrower.id, name: narrower.name}] AS specialisedBy,
       [(critic:Critique)-[:TARGETS]->(k) | {id: critic.id, name: critic.name}] AS critiquedBy,
       [(m)-[r:MOTIVATED_BY]->(k) | {id: m.id, label: head(labels(m)), name: coalesce(m.name, 'Proposition ' + toString(m.number)), locator: r.locator}] AS motivated,
       k.sourceFile AS sourceFile, k.sourceLine AS sourceLine
ORDER BY depth, critiqueId
