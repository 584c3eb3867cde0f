// A node's direct links to other pages (concepts, propositions, critiques, references, authors, actors, layers, datasets), both directions.
// @internal  run by the web pages and the API, not listed for users
// @param label string  The node's label (compared as a value)
// @param id string  The node id
// @returns relationship, outgoing, id, label, name, year, authors, locator, how, ref, position, quote, sourceFile, sourceLine
// outgoing: the link starts at the node. locator/how/ref/position/quote: the relationship's own properties when it has them.
MATCH (n)
WHERE n.id = $id AND $label IN labels(n)
MATCH (n)-[r]-(m)
WHERE m:Concept OR m:Proposition OR m:Critique OR m:Reference OR m:Author OR m:Network OR m:Dataset
   OR (m:Actor AND type(r) = 'PRODUCED')
RETURN type(r) AS relationship, startNode(r) = n AS outgoing, m.id AS id, head(labels(m)) AS label,
       coalesce(m.name, m.title, 'Proposition ' + toString(m.number)) AS name, m.year AS year, coalesce(m.authors, []) AS authors,
       r.locator AS locator, r.how AS how, r.ref AS ref, r.position AS position, r.quote AS quote,
       r.sourceFile AS sourceFile, r.sourceLine AS sourceLine
ORDER BY relationship, outgoing DESC, position, name, id
