// One node's properties (body, sourceFile and sourceLine included), by label and id.
// @param label string  The node's label, one of the graph schema's labels (compared as a value, never spliced in)
// @param id string  The node id
// @returns node
// One row, none when no node with that label has the id.
MATCH (n)
WHERE n.id = $id AND $label IN labels(n)
RETURN n AS node
LIMIT 1
