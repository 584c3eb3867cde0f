using static TimKnowledgeGraph.Domain.GraphModel.CommonProperties;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// The Cypher of a bulk import. Rows travel as arrays (not maps) and ids as local ids plus one <c>$p</c> prefix
/// (<c>&lt;dataset&gt;/</c>): less JSON per row. Labels on every MATCH by id: the unique-constraint index is used
/// (without them Neo4j 3.1 scans all nodes and joins, ~30 ties/s); ties and participations find their actors by node
/// id, returned when the actors are written (below). Actors and ties carry their line (<c>sourceLine</c>) but not their
/// file, which the Dataset node names once (<c>actorsFile</c>, <c>tiesFile</c>): every property costs time on a million
/// ties (docs/benchmarks.md).
/// </summary>
/// <remarks>
/// The run number (<c>importRun</c>, an integer) is written only where it tells something: by a re-import (or the
/// repair of an interrupted run), whose clean-up deletes what an earlier run wrote and this one did not. A first import
/// has nothing earlier to tell apart; its Dataset node's <c>importRun</c> names the run that wrote all of it, and the
/// clean-up counts an element without <c>importRun</c> as an earlier run's. A LOCATED_IN's line is its actor's.
/// </remarks>
internal static class ImportStatements
{
    /// <summary>Any actor with the dataset's prefix (an index range seek).</summary>
    public const string AnyActor = "MATCH (a:Actor) WHERE a.id STARTS WITH $p RETURN a.id LIMIT 1";

    // The node exists: the run's claim made it or found it (ImportClaim). Its properties are replaced but the claim,
    // as the last renewal left it.
    public const string Dataset =
        $"MATCH (d:Dataset {{id: $id}}) WHERE d.{DatasetShape.ImportClaim} = $token WITH d, d.{DatasetShape.ImportClaimUntil} AS until " +
        $"SET d = $props SET d.{DatasetShape.ImportClaim} = $token, d.{DatasetShape.ImportClaimUntil} = until RETURN count(d)";

    public const string Networks =
        "UNWIND $rows AS l MERGE (n:Network {id: l.id}) SET n = l WITH n MATCH (d:Dataset {id: $id}) " +
        "MERGE (d)-[x:CONTAINS {key: ''}]->(n) SET x.importRun = $run, x.sourceFile = n.sourceFile, x.sourceLine = n.sourceLine " +
        "RETURN n.layer, id(n)";

    // The dataset's id, added once to the importedBy list of shared node g (ContentOwnership: owned by reference).
    private const string AddReference =
        "SET g.importedBy = CASE WHEN g.importedBy IS NULL THEN [$id] WHEN $id IN g.importedBy THEN g.importedBy ELSE g.importedBy + $id END";

    // The concept is content's (it must exist to pass validation); the dataset names itself on it, so that the content
    // sync, should the concept's note go, keeps the node and this INSTANCE_OF.
    public const string InstanceOf =
        "UNWIND $rows AS r MATCH (n:Network {id: r[0]}) MATCH (g:Concept {id: r[1]}) " +
        "MERGE (n)-[x:INSTANCE_OF {key: ''}]->(g) SET x.importRun = $run, x.sourceFile = $file, x.sourceLine = r[2] " + AddReference;

    // Regions are shared with content and other datasets, owned by reference: an existing one keeps its name (one taken
    // from the data alone has none, and gets the first a declaration gives), and the dataset adds itself to its
    // importedBy list. A region an earlier version created as the import's own (importRun, sourceFile) becomes a shared one.
    public const string Regions =
        "UNWIND $rows AS r MERGE (g:Region {id: r[0]}) SET g.name = coalesce(g.name, r[1]) " + AddReference + " " +
        "FOREACH (_ IN CASE WHEN g.importRun IS NULL THEN [] ELSE [1] END | REMOVE g.importRun, g.sourceFile, g.sourceLine)";

    // Actors are found again by their node id (a NodeByIdSeek) instead of by `id` through the unique index: on Neo4j 3.1
    // the index seek is most of a tie's cost (measured: 100k ties, one writer, 16.6k/s by index, 24.3k/s by node id
    // with a check per row; docs/benchmarks.md). The check (label and `localId`: per row for participations, once per
    // actor in a tie batch) makes a node id that no longer names that actor (the actor deleted by someone else, its id
    // reused) match nothing; it is on `localId`, not on the indexed `id`, because with `a.id = ...` Neo4j plans the
    // index seek again and only filters on the node id. Every write returns its row count, and the importer fails the
    // run when rows went missing (the next run repairs, as after any interruption).

    // Rows (ActorImportRow), grouped by region: $rows is [[region id or null, [row, ...]], ...]. Returns [index, node id,
    // region found] for every row. Each group finds its region once, by the unique index on its id. Neo4j 3.1 makes a
    // copy of a list on every `list[i]` (`toIndexedSeq` in ContainerIndex), so the earlier form, the dataset's regions
    // collected once and indexed per row (`regions[r[4]]`), cost a copy of the whole region list per actor: with 2,000
    // regions, 10k actors took 0.85-0.93 s against 0.51-0.64 s grouped (docs/benchmarks.md). Looked up per row after the
    // CREATE instead, 3.1 planned a label scan of every Region per row plus an Eager. The third column is false when
    // the region went missing meanwhile (another client deleted it after the import wrote it).
    private static string ActorProperties(string run) =>
        $"{{{ActorShape.Id}: $p + {At(ActorImportRow.LocalId)}, {ActorShape.LocalId}: {At(ActorImportRow.LocalId)}, {ActorShape.Name}: {At(ActorImportRow.Name)}, " +
        $"{ActorShape.Kind}: {At(ActorImportRow.Kind)}, {ActorShape.Dataset}: $d{run}, {SourceLine}: {At(ActorImportRow.Line)}}}";

    // The run entry of a property map, for the statements of a re-import.
    private static readonly string Run = $", {CommonProperties.ImportRun}: $run";

    public static readonly string CreateActors =
        $"UNWIND $rows AS grp OPTIONAL MATCH (g:{RegionShape.Label} {{{RegionShape.Id}: grp[0]}}) " +
        "WITH g, grp[0] AS region, grp[1] AS rows UNWIND rows AS r " +
        $"CREATE (a:{ActorShape.Label} {ActorProperties("")}) " +
        $"FOREACH (_ IN CASE WHEN g IS NULL THEN [] ELSE [1] END | CREATE (a)-[:{LocatedInShape.Type} {{{Key}: ''}}]->(g)) " +
        $"RETURN {At(ActorImportRow.Index)}, id(a), region IS NULL OR g IS NOT NULL";

    /// <summary>The rows of <see cref="CreateActors"/>: <paramref name="rows"/> grouped by their region id, in first-seen order.</summary>
    public static object?[] GroupedByRegion(IEnumerable<object?[]> rows) =>
        [.. rows.GroupBy(r => r[ActorImportRow.Region] as string).Select(g => (object?)new object?[] { g.Key, g.ToArray() })];

    public static readonly string MergeActors =
        $"UNWIND $rows AS r MERGE (a:{ActorShape.Label} {{{ActorShape.Id}: $p + {At(ActorImportRow.LocalId)}}}) " +
        $"SET a = {ActorProperties(Run)} " +
        $"WITH a, r OPTIONAL MATCH (g:{RegionShape.Label} {{{RegionShape.Id}: {At(ActorImportRow.Region)}}}) " +
        "FOREACH (_ IN CASE WHEN g IS NULL THEN [] ELSE [1] END | " +
        $"MERGE (a)-[x:{LocatedInShape.Type} {{{Key}: ''}}]->(g) SET x = {{{Key}: ''{Run}}}) " +
        $"RETURN {At(ActorImportRow.Index)}, id(a)";

    // Rows (TieImportRow) and their batch's distinct ends ($ends, TieEndRow); returns the rows written. The ends are
    // checked once per batch, not once per row: every row then finds its ends by node id alone. With a per-row check
    // 10,000 ties among 1,000 actors read 20,000 localIds, against 1,000 this way (probe, 25 rounds, medians: 0.380 s
    // per row, 0.291 s per end; docs/benchmarks.md). When an end no longer names its actor, the batch writes nothing
    // and the importer fails the run, as with a per-row check. An untimed tie's key is its layer (the row has no key).
    private static readonly string TieEnds =
        $"UNWIND $ends AS e MATCH (x:{ActorShape.Label}) WHERE id(x) = e[{TieEndRow.Node}] AND x.{ActorShape.LocalId} = e[{TieEndRow.LocalId}] " +
        "WITH count(*) AS found WHERE found = size($ends) " +
        $"UNWIND $rows AS r MATCH (a:{ActorShape.Label}) WHERE id(a) = {At(TieImportRow.SourceNode)} " +
        $"MATCH (b:{ActorShape.Label}) WHERE id(b) = {At(TieImportRow.TargetNode)} ";

    private static readonly string TieKey = $"coalesce({At(TieImportRow.Key)}, {At(TieImportRow.Layer)})";

    private static string UntimedTieProperties(string run) =>
        $"{TieShape.Network}: $p + {At(TieImportRow.Layer)}, {TieShape.Resource}: {At(TieImportRow.Resource)}, " +
        $"{TieShape.Weight}: {At(TieImportRow.Weight)}{run}, {SourceLine}: {At(TieImportRow.Line)}";

    // Null entries (an untimed tie's time) set no property.
    private static string TieProperties(string run) =>
        $"{{{Key}: {TieKey}, {UntimedTieProperties(run)}, " +
        $"{ValidFrom}: {At(TieImportRow.ValidFrom)}, {ValidTo}: {At(TieImportRow.ValidTo)}, {Wave}: {At(TieImportRow.Wave)}, {WaveIndex}: {At(TieImportRow.WaveIndex)}}}";

    public static readonly string CreateTies =
        TieEnds + $"CREATE (a)-[:{TieShape.Type} {TieProperties("")}]->(b) RETURN count(*)";

    // A batch without a timed row: the key is the layer, and no time entries to evaluate (they cost 14% of the
    // statement's time on 10k ties, measured against CreateTies on the same rows; docs/benchmarks.md).
    public static readonly string CreateUntimedTies =
        TieEnds + $"CREATE (a)-[:{TieShape.Type} {{{Key}: {At(TieImportRow.Layer)}, {UntimedTieProperties("")}}}]->(b) RETURN count(*)";

    // Of repeated rows the first is kept (as content validation documents). On a first import a possible repeat (the
    // Bloom filter's guess) finds the tie its first row created, after the CREATEs of its batch, and leaves it as it is.
    public static readonly string MergeRepeatedTies =
        TieEnds + $"MERGE (a)-[x:{TieShape.Type} {{{Key}: {TieKey}}}]->(b) ON CREATE SET x = {TieProperties("")} RETURN count(*)";

    // A re-import: a tie this run already wrote (its importRun) is left as it is; an earlier run's is rewritten.
    public static readonly string MergeTies =
        TieEnds + $"MERGE (a)-[x:{TieShape.Type} {{{Key}: {TieKey}}}]->(b) " +
        $"FOREACH (_ IN CASE WHEN {NotThisRun("x")} THEN [1] ELSE [] END | " +
        $"SET x = {TieProperties(Run)}) " +
        "RETURN count(*)";

    // Rows (ParticipationImportRow), all of one layer: $network is its node id and $layer its id, so the Network is
    // found once per batch instead of once per row; returns the rows written (none when the Network went missing).
    private static readonly string ParticipationEnds =
        $"MATCH (n:{NetworkShape.Label}) WHERE id(n) = $network AND n.{NetworkShape.Layer} = $layer " +
        $"UNWIND $rows AS r MATCH (a:{ActorShape.Label}) WHERE id(a) = {At(ParticipationImportRow.ActorNode)} AND a.{ActorShape.LocalId} = {At(ParticipationImportRow.ActorLocalId)} ";

    private static string ParticipationProperties(string run) =>
        $"{{{Key}: ''{run}, {ParticipatesInShape.Listed}: {At(ParticipationImportRow.Listed)}, " +
        $"{ValidFrom}: {At(ParticipationImportRow.ValidFrom)}, {ValidTo}: {At(ParticipationImportRow.ValidTo)}, " +
        $"{Wave}: {At(ParticipationImportRow.Wave)}, {WaveIndex}: {At(ParticipationImportRow.WaveIndex)}}}";

    public static readonly string CreateParticipations =
        ParticipationEnds + $"CREATE (a)-[:{ParticipatesInShape.Type} {ParticipationProperties("")}]->(n) RETURN count(*)";

    // A batch of participations only ties imply (not listed, so no time either): nothing but the key.
    public static readonly string CreateImpliedParticipations =
        ParticipationEnds + $"CREATE (a)-[:{ParticipatesInShape.Type} {{{Key}: ''}}]->(n) RETURN count(*)";

    public static readonly string MergeParticipations =
        ParticipationEnds + $"MERGE (a)-[x:{ParticipatesInShape.Type} {{{Key}: ''}}]->(n) SET x = {ParticipationProperties(Run)} RETURN count(*)";

    private static string At(int index) => $"r[{index}]";

    // Whether this run has not written element v yet: it carries another run's number, or none (a first import's; see
    // the remarks above).
    private static string NotThisRun(string v) => $"NOT coalesce({v}.{CommonProperties.ImportRun} = $run, false)";

    // Clean-up after a re-import: what earlier runs wrote and this run did not is no longer in the files.
    public static readonly string DeleteStaleRelationships =
        "MATCH (a:Actor) WHERE a.id STARTS WITH $p MATCH (a)-[x:TIE|PARTICIPATES_IN|LOCATED_IN]->() " +
        $"WHERE {NotThisRun("x")} WITH x LIMIT $limit DELETE x RETURN count(*)";

    public static readonly string DeleteStaleActors =
        $"MATCH (a:Actor) WHERE a.id STARTS WITH $p AND {NotThisRun("a")} WITH a LIMIT $limit DETACH DELETE a RETURN count(*)";

    public const string DeleteStaleNetworks =
        "MATCH (d:Dataset {id: $id})-[:CONTAINS]->(n:Network) WHERE n.importRun <> $run DETACH DELETE n RETURN count(*)";

    // An INSTANCE_OF an earlier run wrote for a layer the dataset.md no longer links to that concept.
    public const string DeleteStaleInstanceOf =
        "MATCH (:Dataset {id: $id})-[:CONTAINS]->(:Network)-[x:INSTANCE_OF]->(:Concept) WHERE x.importRun <> $run DELETE x RETURN count(*)";

    // The shared nodes this dataset no longer uses ($keep: the ids it still declares) lose its reference; one that then
    // has no owner left (no import names it, no content file declares it) and nothing attached is deleted.
    public const string ReleaseRegions =
        "MATCH (g:Region) WHERE $id IN g.importedBy AND NOT g.id IN $keep " + Release + "g";

    public const string ReleaseConcepts =
        "MATCH (g:Concept) WHERE $id IN g.importedBy AND NOT g.id IN $keep " + Release + "g";

    private const string Release =
        "SET g.importedBy = [x IN g.importedBy WHERE x <> $id] " +
        "WITH g WHERE size(g.importedBy) = 0 REMOVE g.importedBy " +
        "WITH g WHERE g.sourceFile IS NULL AND size([(g)--() | 1]) = 0 DELETE ";

    // Marks the dataset complete and releases the run's claim, if the claim is still the run's: returns whether it was.
    public const string Complete =
        $"MATCH (d:Dataset {{id: $id}}) WITH d, coalesce(d.{DatasetShape.ImportClaim} = $token, false) AS claimed " +
        "FOREACH (_ IN CASE WHEN claimed THEN [1] ELSE [] END | " +
        $"SET d.importState = 'complete', d.completedRun = $run, d.completedAt = $at REMOVE d.{DatasetShape.ImportClaim}, d.{DatasetShape.ImportClaimUntil}) " +
        "RETURN claimed";
}
