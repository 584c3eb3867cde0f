using TimKnowledgeGraph.Domain.Content.Reading;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>
/// The validation stage's diagnostics, capped per file as reading caps them (<see cref="FileDiagnostics"/>): a file
/// counts what reading already kept of it, and what goes beyond <see cref="ContentLimits.MaxDiagnosticsPerFile"/> is
/// counted in one closing diagnostic per file. Without it, 400,000 repeated ties gave 400,000 warnings and 1.4 GB.
/// </summary>
internal sealed class CappedPerFile(DiagnosticBag bag) : IDiagnosticSink
{
    private readonly Dictionary<string, int> _kept = bag.Items.CountBy(d => d.Location.File, StringComparer.Ordinal)
        .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, Diagnostic? FirstError, SourceLocation LastKept)> _dropped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> _lastKept = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic)
    {
        var file = diagnostic.Location.File;
        var kept = _kept.GetValueOrDefault(file);
        if (kept < ContentLimits.MaxDiagnosticsPerFile)
        {
            _kept[file] = kept + 1;
            _lastKept[file] = diagnostic.Location;
            bag.Report(diagnostic);
            return;
        }
        var (count, firstError, _) = _dropped.GetValueOrDefault(file);
        _dropped[file] = (count + 1, firstError ?? (diagnostic.Severity == Severity.Error ? diagnostic : null), _lastKept.GetValueOrDefault(file, diagnostic.Location));
    }

    /// <summary>Reports, per file, how many diagnostics were left out.</summary>
    public void Close()
    {
        foreach (var (_, (count, firstError, at)) in _dropped)
            bag.Report(FileDiagnostics.LeftOut(at, count, firstError));
    }
}
