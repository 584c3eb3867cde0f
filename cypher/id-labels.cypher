// Which of the given labels name a node with this id (one row per such label): whether an id names anything, for
// 404s that say so. Each label is one lookup in its unique id index, so the answer costs the same whatever the graph holds.
// @internal  run by the API, not listed for users
// @param id string  The id looked up
// @param labels string[]  The labels it may name: Concept, Proposition, Critique, Reference, Author, Dataset
// @returns label
MATCH (n:Concept {id: $id}) WHERE 'Concept' IN $labels RETURN 'Concept' AS label
UNION ALL
MATCH (n:Proposition {id: $id}) WHERE 'Proposition' IN $labels RETURN 'Proposition' AS label
UNION ALL
MATCH (n:Critique {id: $id}) WHERE 'Critique' IN $labels RETURN 'Critique' AS label
UNION ALL
MATCH (n:Reference {id: $id}) WHERE 'Reference' IN $labels RETURN 'Reference' AS label
UNION ALL
MATCH (n:Author {id: $id}) WHERE 'Author' IN $labels RETURN 'Author' AS label
UNION ALL
MATCH (n:Dataset {id: $id}) WHERE 'Dataset' IN $labels RETURN 'Dataset' AS label
