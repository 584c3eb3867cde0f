// The ids of every node with one of the given labels, for the nearest ids a 404 suggests ("Did you mean ...?").
// @internal  run by the API, not listed for users
// @param labels string[]  The labels to list: Concept, Proposition, Critique, Reference, Author, Dataset
// @returns id
MATCH (n:Concept) WHERE 'Concept' IN $labels RETURN n.id AS id
UNION ALL
MATCH (n:Proposition) WHERE 'Proposition' IN $labels RETURN n.id AS id
UNION ALL
MATCH (n:Critique) WHERE 'Critique' IN $labels RETURN n.id AS id
UNION ALL
MATCH (n:Reference) WHERE 'Reference' IN $labels RETURN n.id AS id
UNION ALL
MATCH (n:Author) WHERE 'Author' IN $labels RETURN n.id AS id
UNION ALL
MATCH (n:Dataset) WHERE 'Dataset' IN $labels RETURN n.id AS id
