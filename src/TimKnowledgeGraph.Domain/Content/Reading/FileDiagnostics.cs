using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Reading;

/// <summary>
/// The diagnostics of one file, capped at <see cref="ContentLimits.MaxDiagnosticsPerFile"/>: a file with a million bad
/// rows must not hold a million messages. What is left out is counted in one closing diagnostic, an error if any
/// left-out diagnostic was one (so a capped file can never pass as valid).
/// </summary>
internal sealed class FileDiagnostics : IDiagnosticSink
{
    private readonly List<Diagnostic> _items = [];
    private int _dropped;
    private Diagnostic? _firstDroppedError;

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic)
    {
        if (_items.Count < ContentLimits.MaxDiagnosticsPerFile)
        {
            _items.Add(diagnostic);
            return;
        }
        _dropped++;
        if (diagnostic.Severity == Severity.Error) _firstDroppedError ??= diagnostic;
    }

    /// <summary>The diagnostics kept, then the count of those left out.</summary>
    public IReadOnlyList<Diagnostic> Items()
    {
        if (_dropped == 0) return [.. _items];
        // Where the last kept one is: a dataset.md's sink also holds the diagnostics of its data files.
        return [.. _items, LeftOut(_items[^1].Location, _dropped, _firstDroppedError)];
    }

    /// <summary>
    /// The closing diagnostic of a capped file: an error if any left-out diagnostic was one, and then it names the first
    /// of them (200 warnings kept could otherwise hide the one error that fails the load).
    /// </summary>
    public static Diagnostic LeftOut(SourceLocation at, int count, Diagnostic? firstError)
    {
        var message = $"{count} more problem(s) in this file are not shown (at most {ContentLimits.MaxDiagnosticsPerFile} are kept per file)";
        return firstError is null
            ? Diagnostic.Warning(at, Validation.DiagnosticCodes.TooLarge, message)
            : Diagnostic.Error(at, Validation.DiagnosticCodes.TooLarge,
                $"{message}; the first error among them, at {firstError.Location.Line}:{firstError.Location.Column}: {firstError.Code}: {firstError.Message}");
    }
}
