using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>An actor: <c>id,name,kind,region,layers</c> and optionally <c>from,to,wave</c>. Empty optional fields are null; <c>layers</c> is split on ';'.</summary>
public sealed record ActorRow(string Id, string? Name, string? Kind, string? Region, IReadOnlyList<string> Layers, SourceLocation At)
    : NetworkRow(At)
{
    /// <summary>The CSV columns, in the documented order; <c>label</c> (Gephi's) stands for <c>name</c> when a row has none.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "name", "kind", "region", "layers", .. NetworkTime.Columns, "label"];

    /// <summary>The optional <c>from</c>, <c>to</c> and <c>wave</c> of the participations <c>layers</c> lists, as written.</summary>
    public NetworkTimeText Time { get; init; } = NetworkTimeText.None;
}
