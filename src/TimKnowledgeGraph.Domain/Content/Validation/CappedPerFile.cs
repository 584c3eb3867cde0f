using TimKnowledgeGraph.Domain.Content.Reading;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>
/// The validation stage's diagnostics, capped per file as reading caps them (<see cref="FileDiagnostics"/>): a file
/// counts what reading already kept of it, and what goes beyond <see cref="ContentLimits.MaxDiagnosticsPerFile"/> is
/// counted in one closing diagnostic per file. Without it, 400,000 repeated ties gave 400,000 warnings and 1.4 GB.
/// All files together keep at most <see cref="ContentLimits.MaxDiagnosticsPerLoad"/>; beyond that, one closing
/// diagnostic counts the rest.
/// </summary>
internal sealed class CappedPerFile(DiagnosticBag bag) : IDiagnosticSink
{
    // Per file: how many are kept (reading's included), where the last kept one is, and what was left out.
    private sealed class FileState
    {
        public int Kept;
        public SourceLocation? LastKept;
        public int Dropped;
        public Diagnostic? FirstDroppedError;
    }

    private readonly Dictionary<string, FileState> _files = bag.Items.GroupBy(d => d.Location.File, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => new FileState { Kept = g.Count(), LastKept = g.Last().Location }, StringComparer.Ordinal);

    private int _keptInLoad;
    private int _droppedInLoad;
    private Diagnostic? _firstDroppedInLoad;
    private Diagnostic? _firstDroppedErrorInLoad;

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic)
    {
        if (_keptInLoad >= ContentLimits.MaxDiagnosticsPerLoad)
        {
            _droppedInLoad++;
            _firstDroppedInLoad ??= diagnostic;
            if (diagnostic.Severity == Severity.Error) _firstDroppedErrorInLoad ??= diagnostic;
            return;
        }
        var file = diagnostic.Location.File;
        if (!_files.TryGetValue(file, out var state)) _files[file] = state = new FileState();
        if (state.Kept < ContentLimits.MaxDiagnosticsPerFile)
        {
            state.Kept++;
            state.LastKept = diagnostic.Location;
            _keptInLoad++;
            bag.Report(diagnostic);
            return;
        }
        state.Dropped++;
        if (diagnostic.Severity == Severity.Error) state.FirstDroppedError ??= diagnostic;
    }

    /// <summary>Reports, per file, how many diagnostics were left out.</summary>
    public void Close()
    {
        foreach (var state in _files.Values.Where(s => s.Dropped > 0))
            bag.Report(FileDiagnostics.LeftOut(state.LastKept!.Value, state.Dropped, state.FirstDroppedError));
        if (_droppedInLoad == 0) return;
        var message = $"{_droppedInLoad} more problem(s) in this load are not shown (at most {ContentLimits.MaxDiagnosticsPerLoad} are kept per load)";
        var first = _firstDroppedErrorInLoad;
        bag.Report(first is null
            ? Diagnostic.Warning(_firstDroppedInLoad!.Location, DiagnosticCodes.TooLarge, message)
            : Diagnostic.Error(_firstDroppedInLoad!.Location, DiagnosticCodes.TooLarge, $"{message}; the first error among them, at {first.Location}: {first.Code}: {first.Message}"));
    }
}
