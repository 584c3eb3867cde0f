// Backlinks of any node: who MENTIONS, CITES, TARGETS, is DERIVED_FROM, IS_A kind of, is a MEMBER_OF, is MOTIVATED_BY, PARALLELS or relates to it by a CiTO relation, with where each link was made.
// @param id string  The id of any node (concept, proposition, critique, reference, ...)
// @returns relationship, fromId, fromLabel, fromName, locator, sourceFile, sourceLine
// One row per incoming link, ordered by relationship type then source id. locator is the link's own locator when it has one. sourceFile/sourceLine: the content line that made the link.
MATCH (n)
WHERE n.id = $id
MATCH (x)-[r:MENTIONS|CITES|TARGETS|DERIVED_FROM|MEMBER_OF|IS_A|MOTIVATED_BY|PARALLELS|AGREES_WITH|CITES_AS_AUTHORITY|CITES_AS_EVIDENCE|CITES_AS_SOURCE_DOCUMENT|CITES_FOR_INFORMATION|CRITIQUES|DISAGREES_WITH|DISCUSSES|EXTENDS|OBTAINS_BACKGROUND_FROM|USES_CONCEPTUAL_FRAMEWORK_OF|USES_METHOD_IN]->(n)
RETURN type(r) AS relationship, x.id AS fromId, head(labels(x)) AS fromLabel,
       coalesce(x.name, x.title, 'Proposition ' + toString(x.number)) AS fromName,
       r.locator AS locator, r.sourceFile AS sourceFile, r.sourceLine AS sourceLine
ORDER BY relationship, fromId
