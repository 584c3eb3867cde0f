namespace TimKnowledgeGraph.Domain.GraphModel;

// The one declaration of the network side's node and relationship shapes: label or type, and every property name.
// The content mapper (GraphMapper), the bulk import (ImportStatements / ImportRun), the export reader and the GraphML
// description reader use these constants, so that adding a property is one edit here that the compiler follows; the
// test CypherShapeTests checks every cypher/*.cypher file against them (Shapes).

/// <summary>Properties several shapes share.</summary>
public static class CommonProperties
{
    /// <summary>The node's id (unique per label).</summary>
    public const string Id = "id";
    /// <summary>The file a content load read it from (absent on bulk-imported actors and ties: the Dataset names the files).</summary>
    public const string SourceFile = GraphSchema.SourceFileProperty;
    /// <summary>Its line in that file.</summary>
    public const string SourceLine = GraphSchema.SourceLineProperty;
    /// <summary>The bulk import run (an integer) that wrote it.</summary>
    public const string ImportRun = "importRun";
    /// <summary>The identity MERGE uses on a relationship; queries must not read it.</summary>
    public const string Key = "key";
    /// <summary>The datasets that reference a shared node (regions, network-kind concepts).</summary>
    public const string ImportedBy = "importedBy";
    /// <summary>First day a tie or participation holds, ISO <c>YYYY-MM-DD</c> (inclusive); absent = open.</summary>
    public const string ValidFrom = "validFrom";
    /// <summary>Last day it holds, ISO <c>YYYY-MM-DD</c> (inclusive); absent = open.</summary>
    public const string ValidTo = "validTo";
    /// <summary>The wave id, as declared in dataset.md <c>waves:</c>.</summary>
    public const string Wave = "wave";
    /// <summary>The wave's 1-based position in the declared order.</summary>
    public const string WaveIndex = "waveIndex";

    /// <summary>What every loaded node or relationship may carry.</summary>
    public static readonly IReadOnlyList<string> Provenance = [SourceFile, SourceLine, ImportRun];

    /// <summary>The time a tie or a listed participation may carry (docs: content/README.md, "Time").</summary>
    public static readonly IReadOnlyList<string> Time = [ValidFrom, ValidTo, Wave, WaveIndex];
}

/// <summary>An actor of a network dataset; id <c>&lt;dataset&gt;/&lt;localId&gt;</c> (Ids.Actor).</summary>
public static class ActorShape
{
    public const string Label = GraphSchema.Actor;
    public const string Id = CommonProperties.Id;
    public const string LocalId = "localId";
    public const string Name = "name";
    public const string Kind = "kind";
    public const string Dataset = GraphSchema.DatasetProperty;

    /// <summary>
    /// What describes an actor, as opposed to identifying or tracing it: the network query returns each (cypher/network.cypher,
    /// in the actor map), the export reader reads each, and GraphML and GEXF give each node an attribute of the same name.
    /// </summary>
    public static readonly IReadOnlyList<string> Attributes = [Name, Kind];

    public static readonly IReadOnlyList<string> Properties = [Id, LocalId, .. Attributes, Dataset, .. CommonProperties.Provenance];
}

/// <summary>A layer of a dataset; id <c>&lt;dataset&gt;/&lt;layer&gt;</c> (Ids.Network).</summary>
public static class NetworkShape
{
    public const string Label = GraphSchema.Network;
    public const string Id = CommonProperties.Id;
    public const string Name = "name";
    public const string Scale = "scale";
    public const string Nature = "nature";
    public const string Formality = "formality";
    public const string Dataset = GraphSchema.DatasetProperty;
    /// <summary>The layer's local id.</summary>
    public const string Layer = "layer";
    /// <summary>true on a layer declared directed; absent on an undirected one (the default, as before).</summary>
    public const string Directed = "directed";

    public static readonly IReadOnlyList<string> Properties = [Id, Name, Scale, Nature, Formality, Dataset, Layer, Directed, .. CommonProperties.Provenance];
}

/// <summary>A network dataset (dataset.md); id = its <c>id:</c> or folder name.</summary>
public static class DatasetShape
{
    public const string Label = GraphSchema.Dataset;
    public const string Id = CommonProperties.Id;
    public const string Title = "title";
    public const string Source = "source";
    public const string Locator = "locator";
    public const string Body = "body";
    public const string ActorsFile = "actorsFile";
    public const string TiesFile = "tiesFile";
    public const string ImportState = "importState";
    public const string CompletedRun = "completedRun";
    public const string CompletedAt = "completedAt";
    public const string MeasuresWrittenAt = "measuresWrittenAt";
    /// <summary>The token of the import run that holds the dataset (absent when none does; ImportClaim in the import).</summary>
    public const string ImportClaim = "importClaim";
    /// <summary>Until when that claim holds, in milliseconds on Neo4j's clock (<c>timestamp()</c>).</summary>
    public const string ImportClaimUntil = "importClaimUntil";
    /// <summary>The wave ids in declared order (absent when none).</summary>
    public const string Waves = "waves";
    /// <summary>True when any tie or participation carries time.</summary>
    public const string Timed = "timed";

    /// <summary>The waves' names, one per wave id in the same order ("" for a wave without one; absent when none has one).</summary>
    public const string WaveNames = "waveNames";

    public static readonly IReadOnlyList<string> Properties =
    [
        Id, Title, Source, Locator, Body, ActorsFile, TiesFile, ImportState, CompletedRun, CompletedAt, MeasuresWrittenAt,
        ImportClaim, ImportClaimUntil, Waves, WaveNames, Timed, .. CommonProperties.Provenance,
    ];
}

/// <summary>A region, shared by datasets (owned by reference) and content.</summary>
public static class RegionShape
{
    public const string Label = GraphSchema.Region;
    public const string Id = CommonProperties.Id;
    public const string Name = "name";

    public static readonly IReadOnlyList<string> Properties = [Id, Name, CommonProperties.ImportedBy, .. CommonProperties.Provenance];
}

/// <summary>A tie between two actors in one layer, possibly in a period or wave.</summary>
public static class TieShape
{
    public const string Type = GraphSchema.Tie;
    /// <summary>The layer's graph id <c>&lt;dataset&gt;/&lt;layer&gt;</c>; queries group by it.</summary>
    public const string Network = "network";
    public const string Resource = "resource";
    public const string Weight = "weight";

    public static readonly IReadOnlyList<string> Properties =
        [CommonProperties.Key, Network, Resource, Weight, .. CommonProperties.Time, .. CommonProperties.Provenance];

    /// <summary>
    /// The MERGE identity: the layer, plus the wave and the start when given, so that one pair may have several spells
    /// or waves in one layer. An untimed tie's key is its layer, as before time existed.
    /// </summary>
    public static string Key(string layer, string? wave, string? validFrom) =>
        wave is null && validFrom is null ? layer : $"{layer}|{wave}|{validFrom}";
}

/// <summary>An actor's participation in a layer: one per (actor, layer).</summary>
public static class ParticipatesInShape
{
    public const string Type = GraphSchema.ParticipatesIn;
    /// <summary>True when the actor's own row lists the layer (not only implied by its ties).</summary>
    public const string Listed = "listed";

    public static readonly IReadOnlyList<string> Properties =
        [CommonProperties.Key, Listed, .. CommonProperties.Time, .. CommonProperties.Provenance];
}

/// <summary>An actor's region.</summary>
public static class LocatedInShape
{
    public const string Type = GraphSchema.LocatedIn;

    public static readonly IReadOnlyList<string> Properties = [CommonProperties.Key, .. CommonProperties.Provenance];
}

/// <summary>A dataset's layer.</summary>
public static class ContainsShape
{
    public const string Type = GraphSchema.Contains;

    public static readonly IReadOnlyList<string> Properties = [CommonProperties.Key, .. CommonProperties.Provenance];
}
