namespace TimKnowledgeGraph.Domain.Diagnostics;

/// <summary>A sink that keeps every diagnostic in the order reported.</summary>
internal sealed class DiagnosticBag : IDiagnosticSink
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>The diagnostics reported so far.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>Whether any error (not just warnings) was reported.</summary>
    public bool HasErrors => _items.Exists(d => d.Severity == Severity.Error);

    /// <inheritdoc />
    public void Report(Diagnostic diagnostic) => _items.Add(diagnostic);

    /// <summary>The diagnostics sorted by file, line, column and code: the order users read them in.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
