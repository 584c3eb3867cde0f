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
// How (linear in the ties; no set of ties is collected): the dataset's actors are found from its layers' participants,
// their regions from LOCATED_IN. Then, per region, each of its actors looks at its own ties once, both directions, and
// marks each as [class, other end inside the region (IN on the region's actor list, a hash lookup), actor is the start].
// A tie is counted at one actor only: a within-region (RE, RS) tie at its start; a global-economic tie at its start if
// the start is in the region, else at its end. An actor is an end of a class when any of its own ties is. The classes
// are exclusive, tried in the order RE, RS, GE (so a regional economic layer stays RE even if 'economic' is among
// $socialNatures). Per actor the three counts travel packed in one integer (21 bits each, enough below 2 million ties
// of one class per actor).
MATCH (d:Dataset {id: $dataset})-[:CONTAINS]->(n:Network)
WITH collect(n) AS layers
WITH layers,
     {re: [l IN layers WHERE l.scale = 'regional' AND l.nature = 'economic' | l.id],
      rs: [l IN layers WHERE l.scale = 'regional' AND l.nature IN $socialNatures AND l.nature <> 'economic' | l.id],
      ge: [l IN layers WHERE l.scale = 'global' AND l.nature = 'economic' | l.id]} AS classes
UNWIND layers AS n
MATCH (n)<-[:PARTICIPATES_IN]-(x:Actor)
WITH DISTINCT classes, x
MATCH (x)-[:LOCATED_IN]->(r:Region)
WITH classes, r, collect(DISTINCT x) AS actors
UNWIND actors AS a
WITH classes, r, actors, [(a)-[t:TIE]-(o:Actor) | {layer: t.network, inside: o IN actors, out: startNode(t) = a}] AS visits
WITH classes, {region: r, actors: size(actors)} AS here, visits
WITH here, [v IN visits | CASE WHEN v.layer IN classes.re THEN 4 WHEN v.layer IN classes.rs THEN 8 WHEN v.layer IN classes.ge THEN 12 ELSE 0 END
                         + CASE WHEN v.out THEN 2 ELSE 0 END + CASE WHEN v.inside THEN 1 ELSE 0 END] AS codes
WITH here, codes,
     reduce(c = 0, k IN codes | c + CASE k WHEN 7 THEN 1 WHEN 11 THEN 2097152 WHEN 12 THEN 4398046511104 WHEN 14 THEN 4398046511104
                                           WHEN 15 THEN 4398046511104 ELSE 0 END) AS ties
WITH here.region AS r, here.actors AS actorCount,
     sum(ties % 2097152) AS reTies, sum(CASE WHEN 5 IN codes OR 7 IN codes THEN 1 ELSE 0 END) AS reActors,
     sum(ties / 2097152 % 2097152) AS rsTies, sum(CASE WHEN 9 IN codes OR 11 IN codes THEN 1 ELSE 0 END) AS rsActors,
     sum(ties / 4398046511104) AS geTies, sum(CASE WHEN 12 IN codes OR 13 IN codes OR 14 IN codes OR 15 IN codes THEN 1 ELSE 0 END) AS geActors
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
