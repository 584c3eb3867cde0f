// The district types of Markusen's typology as the content describes them, for the pages that name a region's type.
// @internal  run by the web pages, not listed for users
// @returns id, name, summary
// Concepts of kind 'district-type' (content/concepts), whose summaries are grounded in the source texts.
MATCH (c:Concept)
WHERE c.kind = 'district-type'
RETURN c.id AS id, c.name AS name, c.summary AS summary
ORDER BY id
