// Reading list for a concept: every reference behind its lineage, its critiques (direct and inherited), its evidence and its citations, one row per reference with why it is on the list.
// @param id string  The concept (or proposition) id, e.g. learning-region
// @param maxDepth int 1..6 = 6  How many DERIVED_FROM/IS_A/MEMBER_OF steps to follow up (ancestors) and down (descendants)
// @returns id, type, title, year, authors, editors, container, volume, issue, pages, publisher, place, doi, url, language, month, day, originalYear, translators, edition, genre, accessed, caseProtected, roles, reasons
// roles (distinct, sorted) name why the reference is listed; reasons give each one with the node it came through and a locator:
// - introduced: INTRODUCED_IN of the concept itself;
// - lineage-ancestor / lineage-descendant: INTRODUCED_IN of a concept on its lineage (DERIVED_FROM/IS_A/MEMBER_OF up or down);
// - lineage-step: the `ref` a DERIVED_FROM step on the upward lineage names (starting at the concept), or a Reference the
//   concept is itself DERIVED_FROM (propositions);
// - critique: RAISED_IN of a critique that TARGETS the concept or one of its ancestors (as in the critiques query);
// - evidence: FROM of an Evidence item that SUPPORTS/CHALLENGES/QUALIFIES the concept (dataset sources are not references);
// - motivation: a Reference the concept is MOTIVATED_BY (the work that set it going);
// - cito: a Reference the concept relates to by a CiTO relation (EXTENDS, USES_METHOD_IN, ...; the relationship has `cito`);
// - cited: CITES from the concept's note body.
// Ordered by year, then id.
MATCH (c)
WHERE c.id = $id AND (c:Concept OR c:Proposition)
OPTIONAL MATCH up = (c)-[:DERIVED_FROM|IS_A|MEMBER_OF*1..6]->(anc:Concept)
WHERE length(up) <= $maxDepth
WITH c, collect(DISTINCT anc) AS ancestors, collect(up) AS upPaths
OPTIONAL MATCH down = (desc)-[:DERIVED_FROM|IS_A|MEMBER_OF*1..6]->(c)
WHERE length(down) <= $maxDepth AND (desc:Concept OR desc:Proposition)
WITH c, ancestors, upPaths, collect(DISTINCT desc) AS descendants
WITH c, ancestors, descendants,
     reduce(acc = [], p IN upPaths | acc + [s IN relationships(p) WHERE type(s) = 'DERIVED_FROM' AND s.ref IS NOT NULL AND NOT s IN acc]) AS steps
WITH c, ancestors, descendants, steps,
     [(c)-[i:INTRODUCED_IN]->(r:Reference) | {ref: r.id, role: 'introduced', via: c.id, locator: i.locator}] AS own,
     [(c)-[i:DERIVED_FROM]->(r:Reference) | {ref: r.id, role: 'lineage-step', via: c.id, locator: i.locator}] AS derivedFromRefs,
     [(c)-[i:CITES]->(r:Reference) | {ref: r.id, role: 'cited', via: c.id, locator: i.locator}]
       + [(c)-[i:MOTIVATED_BY]->(r:Reference) | {ref: r.id, role: 'motivation', via: c.id, locator: i.locator}]
       + [(c)-[i]->(r:Reference) WHERE i.cito IS NOT NULL | {ref: r.id, role: 'cito', via: c.id, locator: i.locator}] AS cited,
     [(e:Evidence)-[:SUPPORTS|CHALLENGES|QUALIFIES]->(c) | e] AS evidence,
     [(k:Critique)-[:TARGETS]->(t) WHERE t = c OR t IN ancestors | k] AS critiques
WITH c, own + derivedFromRefs + cited
       + [s IN steps | {ref: s.ref, role: 'lineage-step', via: startNode(s).id, locator: s.locator}]
       + reduce(acc = [], a IN ancestors | acc + [(a)-[i:INTRODUCED_IN]->(r:Reference) | {ref: r.id, role: 'lineage-ancestor', via: a.id, locator: i.locator}])
       + reduce(acc = [], d IN descendants | acc + [(d)-[i:INTRODUCED_IN]->(r:Reference) | {ref: r.id, role: 'lineage-descendant', via: d.id, locator: i.locator}])
       + reduce(acc = [], k IN critiques | acc + [(k)-[i:RAISED_IN]->(r:Reference) | {ref: r.id, role: 'critique', via: k.id, locator: i.locator}])
       + reduce(acc = [], e IN evidence | acc + [(e)-[:FROM]->(r:Reference) | {ref: r.id, role: 'evidence', via: e.id, locator: e.locator}])
       AS reasons
UNWIND reasons AS reason
WITH DISTINCT reason
MATCH (r:Reference {id: reason.ref})
WITH r, reason
ORDER BY reason.role, reason.via
WITH r, collect(reason) AS reasons, collect(DISTINCT reason.role) AS roles
RETURN r.id AS id, r.type AS type, r.title AS title, r.year AS year, r.authors AS authors,
       coalesce(r.editors, []) AS editors, r.container AS container, r.volume AS volume, r.issue AS issue,
       r.pages AS pages, r.publisher AS publisher, r.place AS place, r.doi AS doi, r.url AS url, r.language AS language,
       r.month AS month, r.day AS day, r.originalYear AS originalYear, coalesce(r.translators, []) AS translators, r.edition AS edition,
       r.genre AS genre, r.accessed AS accessed, r.caseProtected AS caseProtected, roles,
       [x IN reasons | {role: x.role, via: x.via, locator: x.locator}] AS reasons
ORDER BY year, id
