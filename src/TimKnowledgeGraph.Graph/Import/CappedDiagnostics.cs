using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>Keeps the first N diagnostics and counts the rest, so a wholly broken large file cannot exhaust memory.</summary>
internal sealed class CappedDiagnostics(int capacity) : IDiagnosticSink
{
    private readonly List<Diagnostic> _kept = [];

    /// <summary>The diagnostics kept, in the order reported.</summary>
    public IReadOnlyList<Diagnostic> Kept => _kept;

    /// <summary>Errors reported beyond the capacity.</summary>
    public long MoreErrors { get; private set; }

    /// <summary>Whether any error was reported.</summary>
    public bool HasErrors { get; private set; }

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (diagnostic.Severity == Severity.Error) HasErrors = true;
        if (_kept.Count < capacity) _kept.Add(diagnostic);
        else if (diagnostic.Severity == Severity.Error) MoreErrors++;
    }
}
