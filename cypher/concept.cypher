// One concept with its direct links: family, lineage neighbours, overlaps, where it was introduced, critiques and evidence counts, and where it is defined.
// @param id string  The concept id, e.g. learning-region
// @returns id, kind, name, aliases, summary, year, memberOf, members, derivedFrom, derivedBy, isA, kinds, motivatedBy, parallels, producedBy, cito, overlapsWith, introducedIn, critiques, responses, supports, challenges, qualifies, sourceFile, sourceLine
// One row, none when there is no such concept. Linked concepts are [{id, name}] (derivedFrom also carries the step's ref and
// locator); isA: what it is a kind of, kinds: the concepts that are kinds of it; motivatedBy: [{id, label, name, locator}]
// (concepts, references or critiques that set it going); parallels: PARALLELS either way; producedBy: actors, authors or
// network layers that PRODUCED it [{id, label, name, locator}]; cito: its CiTO relations to works [{relation, ref, year, locator}];
// overlapsWith follows OVERLAPS_WITH in both directions; introducedIn is [{ref, title, year, locator}];
// critiques are the DIRECT ones [{id, name}] (the critiques query adds inherited ones); responses are the critiques this
// concept answers [{critique, how}].
MATCH (c:Concept {id: $id})
RETURN c.id AS id, c.kind AS kind, c.name AS name, coalesce(c.aliases, []) AS aliases, c.summary AS summary, c.year AS year,
       [(c)-[:MEMBER_OF]->(f:Concept) | {id: f.id, name: f.name}] AS memberOf,
       [(m:Concept)-[:MEMBER_OF]->(c) | {id: m.id, name: m.name}] AS members,
       [(c)-[s:DERIVED_FROM]->(o:Concept) | {id: o.id, name: o.name, ref: s.ref, locator: s.locator}] AS derivedFrom,
       [(d)-[:DERIVED_FROM]->(c) | {id: d.id, name: coalesce(d.name, 'Proposition ' + toString(d.number)), label: head(labels(d))}] AS derivedBy,
       [(c)-[s:IS_A]->(o:Concept) | {id: o.id, name: o.name, locator: s.locator}] AS isA,
       [(k:Concept)-[:IS_A]->(c) | {id: k.id, name: k.name}] AS kinds,
       [(c)-[s:MOTIVATED_BY]->(o) | {id: o.id, label: head(labels(o)), name: coalesce(o.name, o.title), locator: s.locator}] AS motivatedBy,
       [(c)-[:PARALLELS]-(o) | {id: o.id, label: head(labels(o)), name: coalesce(o.name, o.title)}] AS parallels,
       [(a)-[s:PRODUCED]->(c) | {id: a.id, label: head(labels(a)), name: a.name, locator: s.locator}] AS producedBy,
       [(c)-[s]->(r:Reference) WHERE s.cito IS NOT NULL | {relation: s.cito, ref: r.id, year: r.year, locator: s.locator}] AS cito,
       [(c)-[:OVERLAPS_WITH]-(o:Concept) | {id: o.id, name: o.name}] AS overlapsWith,
       [(c)-[i:INTRODUCED_IN]->(r:Reference) | {ref: r.id, title: r.title, year: r.year, locator: i.locator}] AS introducedIn,
       [(k:Critique)-[:TARGETS]->(c) | {id: k.id, name: k.name}] AS critiques,
       [(c)-[x:RESPONDS_TO]->(k:Critique) | {critique: k.id, how: x.how}] AS responses,
       size([(e:Evidence)-[:SUPPORTS]->(c) | e]) AS supports,
       size([(e:Evidence)-[:CHALLENGES]->(c) | e]) AS challenges,
       size([(e:Evidence)-[:QUALIFIES]->(c) | e]) AS qualifies,
       c.sourceFile AS sourceFile, c.sourceLine AS sourceLine
