using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>What one bulk import did.</summary>
/// <param name="Succeeded">True when the dataset was imported completely (and marked complete).</param>
/// <param name="DatasetId">The dataset's id.</param>
/// <param name="Elapsed">Wall-clock time.</param>
/// <param name="Diagnostics">Problems found while validating (the import writes nothing when any is an error).</param>
public sealed record ImportOutcome(bool Succeeded, string DatasetId, TimeSpan Elapsed, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>This run's number, stamped on everything it wrote (<c>importRun</c>); 0 when nothing was written.</summary>
    public long Run { get; init; }

    /// <summary>Errors beyond <see cref="ImportOptions.MaxDiagnostics"/>, counted but not kept.</summary>
    public long MoreErrors { get; init; }

    /// <summary>Warnings beyond <see cref="ImportOptions.MaxDiagnostics"/> (or given up for errors), counted but not kept.</summary>
    public long MoreWarnings { get; init; }

    /// <summary>Actor rows written.</summary>
    public long Actors { get; init; }

    /// <summary>Tie rows written.</summary>
    public long Ties { get; init; }

    /// <summary>Actor-in-layer participations written.</summary>
    public long Participations { get; init; }

    /// <summary>True when no element of this dataset existed, so rows were created instead of merged.</summary>
    public bool FirstImport { get; init; }

    /// <summary>True when an earlier run of this import had not completed (killed or failed) and this run repaired it.</summary>
    public bool RepairedIncompleteRun { get; init; }

    /// <summary>Elements of earlier runs deleted because the files no longer have them (actors, ties, participations, locations).</summary>
    public long StaleDeleted { get; init; }

    /// <summary>Time spent writing actors.</summary>
    public TimeSpan ActorTime { get; init; }

    /// <summary>Time spent writing ties.</summary>
    public TimeSpan TieTime { get; init; }

    /// <summary>Time spent validating every row (pass 1) and checking the description's links and the dataset's state.</summary>
    public TimeSpan ValidationTime { get; init; }

    /// <summary>Time spent writing the Dataset node, its layers and regions.</summary>
    public TimeSpan DescriptionTime { get; init; }

    /// <summary>Time spent writing actor-in-layer participations.</summary>
    public TimeSpan ParticipationTime { get; init; }

    /// <summary>Time spent after the participations: stale clean-up, releasing shared nodes, marking the dataset complete.</summary>
    public TimeSpan FinishTime { get; init; }

    /// <summary>The errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);
}
