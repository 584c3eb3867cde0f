using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// Keeps at most N diagnostics and counts the rest, so a wholly broken large file cannot exhaust memory. Errors before
/// warnings: once full, an error takes the place of the last warning kept. Kept in arrival order, the first N could all
/// be warnings, and a file of 30,000 repeated ties (a warning each) followed by an unknown actor was refused with 1,000
/// warnings shown and "0 error(s)".
/// </summary>
internal sealed class CappedDiagnostics(int capacity) : IDiagnosticSink
{
    private readonly List<Diagnostic> _kept = [];
    private int _warningsKept;

    /// <summary>The diagnostics kept, in the order reported.</summary>
    public IReadOnlyList<Diagnostic> Kept => _kept;

    /// <summary>Errors reported beyond the capacity, once no warning was left to give up its place.</summary>
    public long MoreErrors { get; private set; }

    /// <summary>Warnings reported beyond the capacity, or given up for an error.</summary>
    public long MoreWarnings { get; private set; }

    /// <summary>Whether any error was reported.</summary>
    public bool HasErrors { get; private set; }

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var isError = diagnostic.Severity == Severity.Error;
        if (isError) HasErrors = true;
        if (_kept.Count == capacity && isError && _warningsKept > 0)
        {
            // At most `capacity` such swaps, each a scan of the kept list: bounded.
            _kept.RemoveAt(_kept.FindLastIndex(d => d.Severity == Severity.Warning));
            _warningsKept--;
            MoreWarnings++;
        }
        if (_kept.Count < capacity)
        {
            _kept.Add(diagnostic);
            if (!isError) _warningsKept++;
        }
        else if (isError) MoreErrors++;
        else MoreWarnings++;
    }
}
