using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>What <see cref="NetworkImporter.CheckAsync"/> found in a dataset, nothing written.</summary>
/// <param name="DatasetId">The dataset's id (or its folder's name when the description could not be read).</param>
/// <param name="Diagnostics">The problems kept (at most <see cref="ImportOptions.MaxDiagnostics"/>).</param>
/// <param name="MoreErrors">Errors counted beyond those kept.</param>
/// <param name="MoreWarnings">Warnings counted beyond those kept.</param>
/// <param name="ActorRows">Actor rows read (0 when the files failed before the rows).</param>
/// <param name="TieRows">Tie rows read.</param>
public sealed record DatasetCheck(string DatasetId, IReadOnlyList<Diagnostic> Diagnostics, long MoreErrors, long MoreWarnings, long ActorRows, long TieRows)
{
    /// <summary>The errors kept.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>True when nothing is wrong: an import would write the dataset.</summary>
    public bool Succeeded => MoreErrors == 0 && !Errors.Any();
}
