// Tie formation and dissolution per layer of a network dataset: between consecutive waves the panel tie-change counts (formed, dissolved, kept, Jaccard), and per calendar year the tie spells that start and end in it.
// @param dataset string  The dataset id, e.g. preface-network
// @param from date = null  Year rows only from this date's year on (a year means its first day); null: from the first dated tie
// @param to date-end = null  Year rows only up to this date's year (a year means its last day); null: up to the last dated tie
// @returns layer, layerName, basis, period, previous, active, formed, dissolved, kept, jaccard
// Conventions (docs/network-measures.md "Tie dynamics"):
// - Ties are UNDIRECTED actor pairs {x, y}, x <> y, of a layer (TIE.network = the layer id): direction, parallel ties and
//   weights are ignored, self-loops are not pairs. Layers: the Network nodes the Dataset CONTAINS; every layer gets a row
//   per period, zeros included.
// - basis 'wave' (datasets that declare waves, Dataset.waves, at least two): a pair is tied in wave w when it has a TIE
//   with wave = w, or a TIE without a wave (timeless: tied in every wave, the period rule). For each wave i >= 2
//   (period = its id, previous = wave i-1): formed = pairs tied in i and not in i-1 (0 -> 1), dissolved = tied in i-1
//   and not in i (1 -> 0), kept = tied in both (1 -> 1), active = pairs tied in i, jaccard = kept / (formed + dissolved
//   + kept) (0.0 when that is 0). These are the tie-change counts RSiena prints for each period of a panel, with the
//   Jaccard index Snijders, van de Bunt & Steglich (2010, Social Networks 32:44-60) use to judge whether
//   consecutive waves change slowly enough for a stochastic actor-oriented model (they advise Jaccard >= 0.3).
// - basis 'year' (ties carrying validFrom/validTo): a spell is one distinct (pair, validFrom, validTo); period = the
//   calendar year, previous = null; formed = spells whose validFrom lies in the year; dissolved = spells whose validTo
//   (the last day tied, inclusive) lies in it; active = pairs tied on at least one day of the year (timeless ties and
//   open ends included); kept and jaccard are null (a year's spells are not a panel). A spell open at its start never
//   forms within the data (left-censored), one open at its end never dissolves. Two back-to-back spells of one pair
//   (ending 2009-12-31, starting 2010-01-01) count as a dissolution in 2009 and a formation in 2010. Years run from
//   the earliest to the latest year of any validFrom/validTo of the dataset, cut to $from .. $to.
// - Waves and dates are independent: wave rows ignore dates and year rows ignore waves.
// How: the dataset's actors (Actor.dataset) look at their ties once, each pair at its end with the smaller id; per
// (layer, pair) the wave indexes (0 for a timeless tie) or spells are collected, so the work is linear in the ties times
// the waves (years). Rows are narrow in the big pass (Neo4j 3.1 copies every row variable per row). For all waves of a
// large panel at once, `timkg dynamics D --show tie-dynamics` and GET /api/networks/{d}/dynamics compute the same counts from one read of the ties (docs/benchmarks.md).
MATCH (d:Dataset {id: $dataset})
WITH size(coalesce(d.waves, [])) AS waveCount
WHERE waveCount >= 2
MATCH (x:Actor)
USING INDEX x:Actor(dataset)
WHERE x.dataset = $dataset
MATCH (x)-[t:TIE]-(y:Actor)
WHERE id(x) < id(y)
WITH waveCount, t.network AS layer, x, y, collect(DISTINCT coalesce(t.waveIndex, 0)) AS waves
UNWIND range(2, waveCount) AS i
WITH layer, i, 0 IN waves OR (i - 1) IN waves AS before, 0 IN waves OR i IN waves AS after
WHERE before OR after
WITH layer, i, sum(CASE WHEN after AND NOT before THEN 1 ELSE 0 END) AS formed,
     sum(CASE WHEN before AND NOT after THEN 1 ELSE 0 END) AS dissolved,
     sum(CASE WHEN before AND after THEN 1 ELSE 0 END) AS kept
WITH collect({layer: layer, i: i, formed: formed, dissolved: dissolved, kept: kept}) AS counts
MATCH (d:Dataset {id: $dataset})
WHERE size(coalesce(d.waves, [])) >= 2
MATCH (d)-[:CONTAINS]->(n:Network)
UNWIND range(2, size(d.waves)) AS i
WITH n, i, d.waves AS waves, coalesce(head([c IN counts WHERE c.layer = n.id AND c.i = i]), {formed: 0, dissolved: 0, kept: 0}) AS c
RETURN n.id AS layer, n.name AS layerName, 'wave' AS basis, waves[i - 1] AS period, waves[i - 2] AS previous,
       c.formed + c.kept AS active, c.formed AS formed, c.dissolved AS dissolved, c.kept AS kept,
       CASE WHEN c.formed + c.dissolved + c.kept = 0 THEN 0.0 ELSE toFloat(c.kept) / (c.formed + c.dissolved + c.kept) END AS jaccard
ORDER BY layer, i
UNION ALL
MATCH (x:Actor)
USING INDEX x:Actor(dataset)
WHERE x.dataset = $dataset
MATCH (x)-[t:TIE]->(:Actor)
WITH min(t.validFrom) AS firstFrom, max(t.validFrom) AS lastFrom, min(t.validTo) AS firstTo, max(t.validTo) AS lastTo
WITH [d IN [firstFrom, firstTo] WHERE d IS NOT NULL] AS firsts, [d IN [lastFrom, lastTo] WHERE d IS NOT NULL] AS lasts
WHERE size(firsts) > 0
WITH toInteger(substring(CASE WHEN size(firsts) = 1 OR firsts[0] < firsts[1] THEN firsts[0] ELSE firsts[1] END, 0, 4)) AS lo,
     toInteger(substring(CASE WHEN size(lasts) = 1 OR lasts[0] > lasts[1] THEN lasts[0] ELSE lasts[1] END, 0, 4)) AS hi
WITH CASE WHEN $from IS NOT NULL AND toInteger(substring($from, 0, 4)) > lo THEN toInteger(substring($from, 0, 4)) ELSE lo END AS lo,
     CASE WHEN $to IS NOT NULL AND toInteger(substring($to, 0, 4)) < hi THEN toInteger(substring($to, 0, 4)) ELSE hi END AS hi
WHERE lo <= hi
MATCH (x:Actor)
USING INDEX x:Actor(dataset)
WHERE x.dataset = $dataset
MATCH (x)-[t:TIE]-(y:Actor)
WHERE id(x) < id(y)
WITH lo, hi, t.network AS layer, x, y, collect(DISTINCT [coalesce(t.validFrom, ''), coalesce(t.validTo, '')]) AS spells
UNWIND spells AS s
WITH lo, hi, layer, x, y,
     CASE WHEN s[0] = '' THEN null ELSE toInteger(substring(s[0], 0, 4)) END AS starts,
     CASE WHEN s[1] = '' THEN null ELSE toInteger(substring(s[1], 0, 4)) END AS ends
UNWIND range(CASE WHEN starts IS NULL OR starts < lo THEN lo ELSE starts END, CASE WHEN ends IS NULL OR ends > hi THEN hi ELSE ends END) AS year
WITH lo, hi, layer, x, y, year, sum(CASE WHEN starts = year THEN 1 ELSE 0 END) AS formed, sum(CASE WHEN ends = year THEN 1 ELSE 0 END) AS dissolved
WITH lo, hi, layer, year, count(*) AS active, sum(formed) AS formed, sum(dissolved) AS dissolved
WITH lo, hi, collect({layer: layer, year: year, active: active, formed: formed, dissolved: dissolved}) AS counts
MATCH (d:Dataset {id: $dataset})
MATCH (d)-[:CONTAINS]->(n:Network)
UNWIND range(lo, hi) AS year
WITH n, year, coalesce(head([c IN counts WHERE c.layer = n.id AND c.year = year]), {active: 0, formed: 0, dissolved: 0}) AS c
RETURN n.id AS layer, n.name AS layerName, 'year' AS basis, toString(year) AS period, null AS previous,
       c.active AS active, c.formed AS formed, c.dissolved AS dissolved, null AS kept, null AS jaccard
ORDER BY layer, year
