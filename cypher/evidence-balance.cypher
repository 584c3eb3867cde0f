// Evidence balance of a concept, proposition or critique: how many evidence items support, challenge or qualify it, and each item with its quote, locator and source.
// @param id string  The id of a Concept, Proposition or Critique, e.g. learning-region
// @returns id, label, name, supports, challenges, qualifies, balance, items
// One row (none when no Concept/Proposition/Critique has the id). The stance is the relationship type (SUPPORTS, CHALLENGES,
// QUALIFIES), which the loader derives from the item's `stance`. balance = supports - challenges (qualifications are neither).
// items: [{evidenceId, stance, quote, locator, sourceId, sourceLabel (Reference | Dataset), sourceTitle, sourceYear, sourceFile,
// sourceLine}], ordered by stance (supports, challenges, qualifies), then source year and evidence id.
MATCH (t)
WHERE t.id = $id AND (t:Concept OR t:Proposition OR t:Critique)
OPTIONAL MATCH (e:Evidence)-[s:SUPPORTS|CHALLENGES|QUALIFIES]->(t)
OPTIONAL MATCH (e)-[:FROM]->(src)
WITH t, e, toLower(type(s)) AS stance, head(collect(src)) AS src
ORDER BY CASE stance WHEN 'supports' THEN 0 WHEN 'challenges' THEN 1 ELSE 2 END, src.year, e.id
WITH t, collect(CASE WHEN e IS NULL THEN null ELSE {
       evidenceId: e.id, stance: stance, quote: e.quote, locator: e.locator,
       sourceId: src.id, sourceLabel: head(labels(src)), sourceTitle: src.title, sourceYear: src.year,
       sourceFile: e.sourceFile, sourceLine: e.sourceLine} END) AS items
RETURN t.id AS id, head(labels(t)) AS label,
       coalesce(t.name, 'Proposition ' + toString(t.number)) AS name,
       size([i IN items WHERE i.stance = 'supports']) AS supports,
       size([i IN items WHERE i.stance = 'challenges']) AS challenges,
       size([i IN items WHERE i.stance = 'qualifies']) AS qualifies,
       size([i IN items WHERE i.stance = 'supports']) - size([i IN items WHERE i.stance = 'challenges']) AS balance,
       items
