// The most contested concepts and propositions: ranked by challenging evidence plus critiques targeting them.
// @param limit int 1..1000 = 20  How many to return
// @returns rank, id, label, name, contestation, challenges, critiques, supports, qualifies
// contestation = challenges (Evidence -[:CHALLENGES]->) + critiques (Critique -[:TARGETS]->, direct only: inherited critiques
// would rank every member of a family alike). Only nodes with contestation > 0 are listed. Order: contestation desc,
// challenges desc, then id (ties broken by id, so the order is stable). rank is the 1-based position in that order.
MATCH (t)
WHERE t:Concept OR t:Proposition
WITH t,
     size([(e:Evidence)-[:CHALLENGES]->(t) | e]) AS challenges,
     size([(k:Critique)-[:TARGETS]->(t) | k]) AS critiques
WHERE challenges + critiques > 0
WITH t, challenges, critiques, challenges + critiques AS contestation
ORDER BY contestation DESC, challenges DESC, t.id
LIMIT $limit
WITH collect({t: t, challenges: challenges, critiques: critiques, contestation: contestation}) AS ranked
UNWIND range(0, size(ranked) - 1) AS i
WITH i + 1 AS rank, ranked[i] AS r
WITH rank, r.t AS t, r.contestation AS contestation, r.challenges AS challenges, r.critiques AS critiques
RETURN rank, t.id AS id, head(labels(t)) AS label, coalesce(t.name, 'Proposition ' + toString(t.number)) AS name,
       contestation, challenges, critiques,
       size([(e:Evidence)-[:SUPPORTS]->(t) | e]) AS supports,
       size([(e:Evidence)-[:QUALIFIES]->(t) | e]) AS qualifies
ORDER BY rank
