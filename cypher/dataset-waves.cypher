// The waves a network dataset declares, in order (null when it declares none); no row when no dataset has the id.
// Checks a named query's dataset and wave before it runs: one lookup in the Dataset id index.
// @internal  run by the API and timkg query, not listed for users
// @param dataset string  The dataset id looked up
// @returns waves
MATCH (d:Dataset {id: $dataset}) RETURN d.waves AS waves
