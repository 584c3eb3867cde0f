// A region as one network dataset sees it: the region, the dataset, and how many of the dataset's actors are located in it.
// @internal  run by the web pages, not listed for users
// @param dataset string  The dataset id
// @param region string  The region id (regions are shared places: several datasets may locate actors in one)
// @returns regionId, regionName, datasetId, datasetTitle, actors
// No row when the dataset or the region does not exist. actors: the dataset's Actors (Actor.dataset) LOCATED_IN the
// region, 0 when it has none there (the region page answers 404 then: the region is not part of this dataset).
MATCH (d:Dataset {id: $dataset})
MATCH (r:Region {id: $region})
RETURN r.id AS regionId, r.name AS regionName, d.id AS datasetId, d.title AS datasetTitle,
       size([(x:Actor)-[:LOCATED_IN]->(r) WHERE x.dataset = $dataset | x]) AS actors
