// Regional typology over the waves of a panel (Markusen 1996, Figure 1): per region and wave, its regional-economic, regional-social and global-economic ties and the district type, so a region's path (satellite platform -> hub-and-spoke, say) is one query.
// @param dataset string  The dataset id whose layers and actors are scored
// @param threshold int 1.. = 1  Least number of ties of a class for the class to count as present
// @param socialNatures string[] = social,kinship,cultural  Layer natures that count as 'social' for regional-social ties
// @returns regionId, regionName, wave, waveIndex, actors, regionalEconomicTies, regionalSocialTies, globalEconomicTies, regionalEconomic, regionalSocial, globalEconomic, type
// Conventions: exactly those of cypher/regional-typology.cypher (tie classes, the scale override, presence, Figure 1),
// applied once per wave of the dataset (Dataset.waves, in declared order): a TIE counts in wave w when its wave is w or
// it has none (a timeless tie counts in every wave; dates are not looked at). A dataset without waves gets one row per
// region with wave = null (the typology without time). Unlike regional-typology, a region whose actors have no
// tie in a wave still gets its row (all counts 0, unclassified), so every path has every wave. Rows by region, then wave order; `type` per row is the path.
// Cost: one pass over the region actors' ties per wave (10 waves: ten times regional-typology); for a large panel use
// regional-typology with $wave on its four parts, or the computed route: `timkg dynamics D --show path`, GET /api/networks/{d}/dynamics.
MATCH (d:Dataset {id: $dataset})
UNWIND CASE WHEN size(coalesce(d.waves, [])) = 0 THEN [null] ELSE range(1, size(d.waves)) END AS waveIndex
WITH waveIndex, d.waves[waveIndex - 1] AS wave
MATCH (x:Actor)
USING INDEX x:Actor(dataset)
WHERE x.dataset = $dataset
MATCH (x)-[:LOCATED_IN]->(r:Region)
WITH waveIndex, wave, r, collect(x) AS actors
WITH waveIndex, wave, r, actors, size(actors) AS actorCount
UNWIND actors AS x
OPTIONAL MATCH (x)-[t:TIE]-(o)
WHERE o <> x AND (wave IS NULL OR t.wave IS NULL OR t.wave = wave)
WITH waveIndex, wave, r, actorCount, x, t, o IN actors AS inside
WHERE t IS NULL OR startNode(t) = x OR NOT inside
WITH waveIndex, wave, r, actorCount, t.network AS layer, inside, count(t) AS ties
WITH waveIndex, wave, r, actorCount, collect({layer: layer, inside: inside, ties: ties}) AS counts
MATCH (d:Dataset {id: $dataset})
WITH waveIndex, wave, r, actorCount, counts, [(d)-[:CONTAINS]->(n:Network) | n] AS layers
WITH waveIndex, wave, r, actorCount, counts,
     [l IN layers WHERE l.nature = 'economic' AND (l.scale IS NULL OR l.scale = 'regional') | l.id] AS reInside,
     [l IN layers WHERE l.nature IN $socialNatures AND l.nature <> 'economic' AND (l.scale IS NULL OR l.scale = 'regional') | l.id] AS rsInside,
     [l IN layers WHERE l.nature = 'economic' AND l.scale IS NULL | l.id] AS geLeaving,
     [l IN layers WHERE l.nature = 'economic' AND l.scale = 'global' | l.id] AS geAll
WITH waveIndex, wave, r, actorCount,
     reduce(s = 0, c IN counts | s + CASE WHEN c.inside AND c.layer IN reInside THEN c.ties ELSE 0 END) AS reTies,
     reduce(s = 0, c IN counts | s + CASE WHEN c.inside AND c.layer IN rsInside THEN c.ties ELSE 0 END) AS rsTies,
     reduce(s = 0, c IN counts | s + CASE WHEN c.layer IN geAll OR (NOT c.inside AND c.layer IN geLeaving) THEN c.ties ELSE 0 END) AS geTies
WITH waveIndex, wave, r, actorCount, reTies, rsTies, geTies,
     reTies >= $threshold AS reOn, rsTies >= $threshold AS rsOn, geTies >= $threshold AS geOn,
     [{type: 'marshallian', re: true, rs: true, ge: true},
      {type: 'hub-and-spoke', re: true, rs: false, ge: true},
      {type: 'satellite-platform', re: false, rs: false, ge: true}] AS figure1
WITH waveIndex, wave, r, actorCount, reTies, rsTies, geTies, reOn, rsOn, geOn,
     [row IN figure1 | {type: row.type, re: row.re, rs: row.rs, ge: row.ge,
       distance: CASE WHEN row.re = reOn THEN 0 ELSE 1 END + CASE WHEN row.rs = rsOn THEN 0 ELSE 1 END + CASE WHEN row.ge = geOn THEN 0 ELSE 1 END}] AS rows
WITH waveIndex, wave, r, actorCount, reTies, rsTies, geTies, reOn, rsOn, geOn, rows,
     reduce(best = 3, row IN rows | CASE WHEN row.distance < best THEN row.distance ELSE best END) AS nearest
WITH waveIndex, wave, r, actorCount, reTies, rsTies, geTies, reOn, rsOn, geOn, nearest,
     [row IN rows WHERE row.distance = nearest] AS closestRows
RETURN r.id AS regionId, r.name AS regionName, wave, waveIndex, actorCount AS actors,
       reTies AS regionalEconomicTies, rsTies AS regionalSocialTies, geTies AS globalEconomicTies,
       reOn AS regionalEconomic, rsOn AS regionalSocial, geOn AS globalEconomic,
       CASE WHEN nearest = 0 THEN closestRows[0].type ELSE 'unclassified' END AS type
ORDER BY regionId, waveIndex
