using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>A row of network data (an actor or a tie), from CSV or GraphML, with where each field was written.</summary>
public abstract record NetworkRow(SourceLocation At)
{
    /// <summary>Field locations by column name; missing names fall back to the row's location.</summary>
    public IReadOnlyDictionary<string, SourceLocation>? FieldLocations { get; init; }

    /// <summary>Where a field (by column / data key name) was written, or the row start.</summary>
    public SourceLocation LocationOf(string column) =>
        FieldLocations is not null && FieldLocations.TryGetValue(column, out var at) ? at : At;
}
