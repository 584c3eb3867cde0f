// Regional typology (Markusen 1996, Figure 1): per region, its regional-economic, regional-social and global-economic ties, the presence of each, and the district type that follows, with the rule shown.
// @param dataset string  The dataset id whose layers and actors are scored
// @param threshold int 1.. = 1  Least number of ties of a class for the class to count as present
// @param socialNatures string[] = social,kinship,cultural  Layer natures that count as 'social' for regional-social ties
// @param part int 0.. = 0  Which part of the regions to score (0 .. parts-1); with parts = 1, all of them
// @param parts int 1.. = 1  Into how many disjoint parts (by internal node id) the regions are split
// @param from date = null  Start of the period, ISO date or a year (its first day); null: open
// @param to date-end = null  End of the period, inclusive, ISO date or a year (its last day); null: open
// @param wave string = null  Only this wave (an id of the dataset's waves); null: any wave
// @returns regionId, regionName, actors, regionalEconomicTies, regionalEconomicPerActor, regionalSocialTies, regionalSocialPerActor, globalEconomicTies, globalEconomicPerActor, regionalEconomic, regionalSocial, globalEconomic, type, closest, rule
// @split 4 by regionId
// Conventions:
// - A region's actors: the dataset's Actors (Actor.dataset) LOCATED_IN it (actors: their number). Regions without
//   such actors are not listed.
// - Tie geography comes from the data: a TIE is intra-regional for region R when BOTH its ends are LOCATED_IN R, and
//   extra-regional for R when one end is in R and the other is not (in another region, or in none: the dataset's
//   actors without a region are "outside actors"; they form no region of their own and are never typed).
// - Each TIE in a layer of the dataset is counted once per class and region, by its layer's nature and where its ends are:
//   regional-economic (RE): nature = 'economic', intra-regional;
//   regional-social (RS):   nature IN $socialNatures (default social, kinship, cultural; epistemic layers are knowledge
//                           networks, not the social embedding Markusen means), intra-regional;
//   global-economic (GE):   nature = 'economic', extra-regional (one end in the region, the other outside it).
//   A layer's declared `scale` is an optional override: scale = 'regional' counts only its intra-regional ties (for RE or
//   RS; its ties leaving the region count nowhere); scale = 'global' counts every tie with an end in the region as GE
//   (economic layers only); scale = 'national' puts the layer in no class. Natures outside the known list (e.g. 'political')
//   are compared as declared: they count as social when listed in $socialNatures, otherwise nowhere. Other ties
//   (extra-regional social ties) belong to no class. The classes are exclusive (an economic layer is never RS).
//   A self-tie (both ends the same actor) ties no two actors and is not counted, as in every other analysis.
// - Period ($from, $to, $wave; docs/network-measures.md "Analyses by period"): only the TIEs active in it are counted:
//   ($wave null or t.wave null or t.wave = $wave) and ($to null or t.validFrom null or t.validFrom <= $to) and
//   ($from null or t.validTo null or t.validTo >= $from); a TIE without time is active in every period. A region's
//   actors do not change with the period (LOCATED_IN carries no time), so a region's path over the waves is the same
//   query run once per wave. With all three null, every TIE counts, as without time.
// - *PerActor: the class's ties divided by the region's actors (0.0 with no actors), its strength.
// - Presence: ties of the class >= $threshold.
// - type, by Figure 1 (RE = regional-economic, RS = regional-social, GE = global-economic):
//   RE yes, RS yes, GE yes -> marshallian; RE yes, RS no, GE yes -> hub-and-spoke; RE no, RS no, GE yes -> satellite-platform;
//   anything else -> unclassified. closest: the Figure 1 types whose row differs from the region's flags in the fewest
//   classes (for a classified region, its own type); rule: the flags and the row they were matched against, as text.
// Parts (so that a large dataset can be scored on several cores at once): a region belongs to part id(r) % parts; its
// row is complete within its part (@split tells TimKnowledgeGraph to run the parts at once and put the rows together;
// in Neo4j Browser, set part = 0 and parts = 1 for every region in one go).
// How (linear in the ties; no set of ties or actors is collected): per region, each of its actors looks at its own ties
// once, both directions; a tie whose other end is in the region (IN on the region's actor list, a hash lookup) is taken
// at its start only, a tie leaving the region at the region's end. Ties are counted per (region, TIE network, other end
// inside); the networks are classed afterwards, on those few rows. The rows in the big pass are kept narrow on purpose:
// Neo4j 3.1 copies every row variable per row, and hashes every grouping key.
// Starts from the dataset's own actors (the Actor.dataset index), never from a region's: a region other datasets share
// would otherwise make this dataset's answer cost as much as theirs.
MATCH (x:Actor)
USING INDEX x:Actor(dataset)
WHERE x.dataset = $dataset
MATCH (x)-[:LOCATED_IN]->(r:Region)
WHERE id(r) % $parts = $part
WITH r, collect(x) AS actors
WITH r, actors, size(actors) AS actorCount
UNWIND actors AS x
MATCH (x)-[t:TIE]-(o)
WHERE o <> x
  AND ($wave IS NULL OR t.wave IS NULL OR t.wave = $wave)
  AND ($to IS NULL OR t.validFrom IS NULL OR t.validFrom <= $to) AND ($from IS NULL OR t.validTo IS NULL OR t.validTo >= $from)
WITH r, actorCount, x, t, o IN actors AS inside
WHERE startNode(t) = x OR NOT inside
WITH r, actorCount, t.network AS layer, inside, count(*) AS ties
WITH r, actorCount, collect({layer: layer, inside: inside, ties: ties}) AS counts
MATCH (d:Dataset {id: $dataset})
WITH r, actorCount, counts, [(d)-[:CONTAINS]->(n:Network) | n] AS layers
WITH r, actorCount, counts,
     [l IN layers WHERE l.nature = 'economic' AND (l.scale IS NULL OR l.scale = 'regional') | l.id] AS reInside,
     [l IN layers WHERE l.nature IN $socialNatures AND l.nature <> 'economic' AND (l.scale IS NULL OR l.scale = 'regional') | l.id] AS rsInside,
     [l IN layers WHERE l.nature = 'economic' AND l.scale IS NULL | l.id] AS geLeaving,
     [l IN layers WHERE l.nature = 'economic' AND l.scale = 'global' | l.id] AS geAll
WITH r, actorCount,
     reduce(s = 0, c IN counts | s + CASE WHEN c.inside AND c.layer IN reInside THEN c.ties ELSE 0 END) AS reTies,
     reduce(s = 0, c IN counts | s + CASE WHEN c.inside AND c.layer IN rsInside THEN c.ties ELSE 0 END) AS rsTies,
     reduce(s = 0, c IN counts | s + CASE WHEN c.layer IN geAll OR (NOT c.inside AND c.layer IN geLeaving) THEN c.ties ELSE 0 END) AS geTies
WITH r, actorCount, reTies, rsTies, geTies,
     reTies >= $threshold AS reOn, rsTies >= $threshold AS rsOn, geTies >= $threshold AS geOn,
     [{type: 'marshallian', re: true, rs: true, ge: true},
      {type: 'hub-and-spoke', re: true, rs: false, ge: true},
      {type: 'satellite-platform', re: false, rs: false, ge: true}] AS figure1
WITH r, actorCount, reTies, rsTies, geTies, reOn, rsOn, geOn,
     [row IN figure1 | {type: row.type, re: row.re, rs: row.rs, ge: row.ge,
       distance: CASE WHEN row.re = reOn THEN 0 ELSE 1 END + CASE WHEN row.rs = rsOn THEN 0 ELSE 1 END + CASE WHEN row.ge = geOn THEN 0 ELSE 1 END}] AS rows
WITH r, actorCount, reTies, rsTies, geTies, reOn, rsOn, geOn, rows,
     reduce(best = 3, row IN rows | CASE WHEN row.distance < best THEN row.distance ELSE best END) AS nearest
WITH r, actorCount, reTies, rsTies, geTies, reOn, rsOn, geOn, nearest,
     [row IN rows WHERE row.distance = nearest] AS closestRows
WITH r, actorCount, reTies, rsTies, geTies, reOn, rsOn, geOn, nearest, closestRows,
     'RE ' + CASE WHEN reOn THEN 'yes' ELSE 'no' END + ' (' + toString(reTies) + ' ties), RS '
       + CASE WHEN rsOn THEN 'yes' ELSE 'no' END + ' (' + toString(rsTies) + '), GE '
       + CASE WHEN geOn THEN 'yes' ELSE 'no' END + ' (' + toString(geTies) + '); present when ties >= ' + toString($threshold) AS flags
RETURN r.id AS regionId, r.name AS regionName, actorCount AS actors,
       reTies AS regionalEconomicTies, CASE WHEN actorCount = 0 THEN 0.0 ELSE toFloat(reTies) / actorCount END AS regionalEconomicPerActor,
       rsTies AS regionalSocialTies, CASE WHEN actorCount = 0 THEN 0.0 ELSE toFloat(rsTies) / actorCount END AS regionalSocialPerActor,
       geTies AS globalEconomicTies, CASE WHEN actorCount = 0 THEN 0.0 ELSE toFloat(geTies) / actorCount END AS globalEconomicPerActor,
       reOn AS regionalEconomic, rsOn AS regionalSocial, geOn AS globalEconomic,
       CASE WHEN nearest = 0 THEN closestRows[0].type ELSE 'unclassified' END AS type,
       [row IN closestRows | row.type] AS closest,
       flags + CASE WHEN nearest = 0
         THEN ' -> matches Figure 1 row ' + closestRows[0].type
         ELSE ' -> matches no Figure 1 row (marshallian: RE yes RS yes GE yes; hub-and-spoke: RE yes RS no GE yes; satellite-platform: RE no RS no GE yes); nearest by '
              + toString(nearest) + ' differing class(es): ' + reduce(s = '', row IN closestRows | s + CASE WHEN s = '' THEN '' ELSE ', ' END + row.type)
       END AS rule
ORDER BY regionId
