namespace TimKnowledgeGraph.Domain.Diagnostics;

/// <summary>
/// Where readers report content problems. Readers never throw on bad content: they report and carry on,
/// so one run shows every problem (and streaming readers can report without buffering).
/// </summary>
public interface IDiagnosticSink
{
    /// <summary>Records one problem.</summary>
    void Report(Diagnostic diagnostic);
}
