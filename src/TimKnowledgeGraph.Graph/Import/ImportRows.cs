using TimKnowledgeGraph.Domain.Content.Networks;

namespace TimKnowledgeGraph.Graph.Import;

// The row layouts of the bulk import, each declared once: the builders below fill the arrays and ImportStatements reads
// them with At(index). Rows stay arrays (not maps): less JSON per row on a million ties (docs/benchmarks.md).

/// <summary>An actor row: [localId, name, kind, line, region id or null, actor index].</summary>
internal static class ActorImportRow
{
    public const int LocalId = 0, Name = 1, Kind = 2, Line = 3, Region = 4, Index = 5;

    public static object?[] Of(ActorRow actor, int index) =>
        [actor.Id, actor.Name, actor.Kind, (long)actor.At.Line, actor.Region, (long)index];
}

/// <summary>
/// A tie row: [source node, target node, layer, resource, weight, line] and, only for a timed tie, [key, validFrom,
/// validTo, wave, waveIndex]; reading past a list's end gives null in Cypher, so the statements read both alike. The
/// ends' local ids, which check that a node id still names its actor, travel once per batch (<see cref="TieEndRow"/>).
/// </summary>
internal static class TieImportRow
{
    public const int SourceNode = 0, TargetNode = 1, Layer = 2, Resource = 3, Weight = 4, Line = 5;
    public const int Key = 6, ValidFrom = 7, ValidTo = 8, Wave = 9, WaveIndex = 10;

    public static object?[] Of(long source, long target, string layer, string? resource, double weight, int line, NetworkTime? time) =>
        time is { IsTimed: true }
            ? [source, target, layer, resource, weight, (long)line,
                Domain.GraphModel.TieShape.Key(layer, time.Wave, time.ValidFrom), time.ValidFrom, time.ValidTo, time.Wave, time.WaveIndex]
            : [source, target, layer, resource, weight, (long)line];

    /// <summary>Whether a row built by <see cref="Of"/> carries time (the entries from <see cref="Key"/> on).</summary>
    public static bool IsTimed(object? row) => row is object?[] { Length: > Key };
}

/// <summary>An actor a tie batch names, once per batch: [node id, localId].</summary>
internal static class TieEndRow
{
    public const int Node = 0, LocalId = 1;

    public static object?[] Of(long node, string localId) => [node, localId];
}

/// <summary>
/// A participation row, in a batch of one layer: [actor node, actor localId] and, for one the actor's row lists,
/// [listed = true, validFrom, validTo, wave, waveIndex] (absent entries read as null).
/// </summary>
internal static class ParticipationImportRow
{
    public const int ActorNode = 0, ActorLocalId = 1;
    public const int Listed = 2, ValidFrom = 3, ValidTo = 4, Wave = 5, WaveIndex = 6;

    public static object?[] Of(long actor, string actorId, bool listed, NetworkTime? time) =>
        !listed ? [actor, actorId]
        : time is { IsTimed: true } ? [actor, actorId, true, time.ValidFrom, time.ValidTo, time.Wave, time.WaveIndex]
        : [actor, actorId, true];

    /// <summary>Whether a row built by <see cref="Of"/> is implied by ties only (no listed entry, hence no time).</summary>
    public static bool IsImplied(object? row) => row is object?[] { Length: <= Listed };
}
