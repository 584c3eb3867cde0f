// Regional typology (Markusen 1996, Figure 1): per region, its regional-economic, regional-social and global-economic ties, the presence of each, and the district type that follows, with the rule shown.
// @param dataset string  The dataset id whose layers and actors are scored
// @param threshold int = 1  Least number of ties of a class for the class to count as present
// @param socialNatures string[] = social,kinship,cultural  Layer natures that count as 'social' for regional-social ties
// @returns regionId, regionName, actors, regionalEconomicTies, regionalEconomicShare, regionalSocialTies, regionalSocialShare, globalEconomicTies, globalEconomicShare, regionalEconomic, regionalSocial, globalEconomic, type, closest, rule
// Conventions:
// - A region's actors: Actors LOCATED_IN it that PARTICIPATE_IN a layer of the dataset (actors: their number).
// - Each TIE in a layer of the dataset is counted once per class and region:
//   regional-economic: layer scale = 'regional' AND nature = 'economic', BOTH ends in the region;
//   regional-social:   layer scale = 'regional' AND nature IN $socialNatures (default social, kinship, cultural; epistemic
//                      layers are knowledge networks, not the social embedding Markusen means), BOTH ends in the region;
//   global-economic:   layer scale = 'global' AND nature = 'economic', AT LEAST ONE end in the region.
//   Other ties (national layers, global-social, regional ties leaving the region) belong to no class.
// - *Share: the fraction of the region's actors that are an end of at least one tie of the class (0.0 with no actors).
// - Presence: ties of the class >= $threshold.
// - type, by Figure 1 (RE = regional-economic, RS = regional-social, GE = global-economic):
//   RE yes, RS yes, GE yes -> marshallian; RE yes, RS no, GE yes -> hub-and-spoke; RE no, RS no, GE yes -> satellite-platform;
//   anything else -> unclassified. closest: the Figure 1 types whose row differs from the region's flags in the fewest
//   classes (for a classified region, its own type); rule: the flags and the row they were matched against, as text.
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(n:Network)
WITH collect(n) AS layers
UNWIND layers AS n
MATCH (x:Actor)-[:PARTICIPATES_IN]->(n)
MATCH (x)-[:LOCATED_IN]->(r:Region)
WITH layers, r, collect(DISTINCT x) AS actors
UNWIND actors AS a
OPTIONAL MATCH (a)-[t:TIE]-(:Actor)
WITH r, actors, t, head([l IN layers WHERE l.id = t.network]) AS l, startNode(t) AS s, endNode(t) AS e
WITH r, actors, t, s, e,
     CASE
       WHEN l IS NULL THEN null
       WHEN l.scale = 'regional' AND l.nature = 'economic' AND s IN actors AND e IN actors THEN 'regional-economic'
       WHEN l.scale = 'regional' AND l.nature IN $socialNatures AND s IN actors AND e IN actors THEN 'regional-social'
       WHEN l.scale = 'global' AND l.nature = 'economic' THEN 'global-economic'
     END AS class
WITH r, actors, class, collect(DISTINCT t) AS ties,
     [y IN collect(DISTINCT s) + collect(DISTINCT e) WHERE y IN actors] AS ends
WITH r, actors, collect({class: class, ties: size(ties), ends: reduce(acc = [], y IN ends | CASE WHEN y IN acc THEN acc ELSE acc + y END)}) AS classes
WITH r, size(actors) AS actorCount,
     [c IN classes WHERE c.class = 'regional-economic'] AS re,
     [c IN classes WHERE c.class = 'regional-social'] AS rs,
     [c IN classes WHERE c.class = 'global-economic'] AS ge
WITH r, actorCount,
     CASE WHEN size(re) = 0 THEN 0 ELSE re[0].ties END AS reTies,
     CASE WHEN size(re) = 0 THEN 0 ELSE size(re[0].ends) END AS reActors,
     CASE WHEN size(rs) = 0 THEN 0 ELSE rs[0].ties END AS rsTies,
     CASE WHEN size(rs) = 0 THEN 0 ELSE size(rs[0].ends) END AS rsActors,
     CASE WHEN size(ge) = 0 THEN 0 ELSE ge[0].ties END AS geTies,
     CASE WHEN size(ge) = 0 THEN 0 ELSE size(ge[0].ends) END AS geActors
WITH r, actorCount, reTies, rsTies, geTies, reActors, rsActors, geActors,
     reTies >= $threshold AS reOn, rsTies >= $threshold AS rsOn, geTies >= $threshold AS geOn,
     [{type: 'marshallian', re: true, rs: true, ge: true},
      {type: 'hub-and-spoke', re: true, rs: false, ge: true},
      {type: 'satellite-platform', re: false, rs: false, ge: true}] AS figure1
WITH r, actorCount, reTies, rsTies, geTies, reActors, rsActors, geActors, reOn, rsOn, geOn,
     [row IN figure1 | {type: row.type, re: row.re, rs: row.rs, ge: row.ge,
       distance: CASE WHEN row.re = reOn THEN 0 ELSE 1 END + CASE WHEN row.rs = rsOn THEN 0 ELSE 1 END + CASE WHEN row.ge = geOn THEN 0 ELSE 1 END}] AS rows
WITH r, actorCount, reTies, rsTies, geTies, reActors, rsActors, geActors, reOn, rsOn, geOn, rows,
     reduce(best = 3, row IN rows | CASE WHEN row.distance < best THEN row.distance ELSE best END) AS nearest
WITH r, actorCount, reTies, rsTies, geTies, reActors, rsActors, geActors, reOn, rsOn, geOn, nearest,
     [row IN rows WHERE row.distance = nearest] AS closestRows
WITH r, actorCount, reTies, rsTies, geTies, reActors, rsActors, geActors, reOn, rsOn, geOn, nearest, closestRows,
     'RE ' + CASE WHEN reOn THEN 'yes' ELSE 'no' END + ' (' + toString(reTies) + ' ties), RS '
       + CASE WHEN rsOn THEN 'yes' ELSE 'no' END + ' (' + toString(rsTies) + '), GE '
       + CASE WHEN geOn THEN 'yes' ELSE 'no' END + ' (' + toString(geTies) + '); present when ties >= ' + toString($threshold) AS flags
RETURN r.id AS regionId, r.name AS regionName, actorCount AS actors,
       reTies AS regionalEconomicTies, CASE WHEN actorCount = 0 THEN 0.0 ELSE toFloat(reActors) / actorCount END AS regionalEconomicShare,
       rsTies AS regionalSocialTies, CASE WHEN actorCount = 0 THEN 0.0 ELSE toFloat(rsActors) / actorCount END AS regionalSocialShare,
       geTies AS globalEconomicTies, CASE WHEN actorCount = 0 THEN 0.0 ELSE toFloat(geActors) / actorCount END AS globalEconomicShare,
       reOn AS regionalEconomic, rsOn AS regionalSocial, geOn AS globalEconomic,
       CASE WHEN nearest = 0 THEN closestRows[0].type ELSE 'unclassified' END AS type,
       [row IN closestRows | row.type] AS closest,
       flags + CASE WHEN nearest = 0
         THEN ' -> matches Figure 1 row ' + closestRows[0].type
         ELSE ' -> matches no Figure 1 row (marshallian: RE yes RS yes GE yes; hub-and-spoke: RE yes RS no GE yes; satellite-platform: RE no RS no GE yes); nearest by '
              + toString(nearest) + ' differing class(es): ' + reduce(s = '', row IN closestRows | s + CASE WHEN s = '' THEN '' ELSE ', ' END + row.type)
       END AS rule
ORDER BY regionId
