// A network dataset's node, and what its page's analyses depend on: its import run and state, and the latest content load.
// @internal  run by the web pages and the API, not listed for users
// @param dataset string  The dataset id
// @returns node, importRun, importState, loadId
// One row, none when there is no such dataset. The Load nodes are few (the last 100 loads are kept).
MATCH (d:Dataset {id: $dataset})
OPTIONAL MATCH (l:Load)
WITH d, l
ORDER BY l.at DESC
LIMIT 1
RETURN d AS node, d.importRun AS importRun, d.importState AS importState, l.id AS loadId
