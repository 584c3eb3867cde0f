// One node's properties (body, sourceFile and sourceLine included), by label and id.
// @internal  run by the web pages and the API, not listed for users
// @param label string  The node's label, one of the graph schema's labels (compared as a value, never spliced in)
// @param id string  The node id
// @returns node
// One row, none when no node with that label has the id. One branch per label, each a seek on the label's unique id
// index that runs only for its own label: the cost is one index lookup, whatever else the graph holds (a scan of all
// nodes, as `MATCH (n) WHERE $label IN labels(n)` plans, grows with every imported actor).
MATCH (n:Concept {id: $id}) WHERE $label = 'Concept' RETURN n AS node
UNION ALL
MATCH (n:Proposition {id: $id}) WHERE $label = 'Proposition' RETURN n AS node
UNION ALL
MATCH (n:Critique {id: $id}) WHERE $label = 'Critique' RETURN n AS node
UNION ALL
MATCH (n:Reference {id: $id}) WHERE $label = 'Reference' RETURN n AS node
UNION ALL
MATCH (n:Author {id: $id}) WHERE $label = 'Author' RETURN n AS node
UNION ALL
MATCH (n:Evidence {id: $id}) WHERE $label = 'Evidence' RETURN n AS node
UNION ALL
MATCH (n:Actor {id: $id}) WHERE $label = 'Actor' RETURN n AS node
UNION ALL
MATCH (n:Network {id: $id}) WHERE $label = 'Network' RETURN n AS node
UNION ALL
MATCH (n:Region {id: $id}) WHERE $label = 'Region' RETURN n AS node
UNION ALL
MATCH (n:Dataset {id: $id}) WHERE $label = 'Dataset' RETURN n AS node
