using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Graph.Import;

namespace TimKnowledgeGraph.Tests.Import;

/// <summary>The import keeps at most N diagnostics: errors before warnings, each kind counted once past the cap.</summary>
public sealed class CappedDiagnosticsTests
{
    private static Diagnostic Warning(int line) => Diagnostic.Warning(new SourceLocation("ties.csv", line, 1), "TKG034", "repeated tie");

    private static Diagnostic Error(int line) => Diagnostic.Error(new SourceLocation("ties.csv", line, 1), "TKG031", "unknown actor");

    [Fact]
    public void ShouldKeepErrorsInThePlacesOfWarningsOnceFull()
    {
        // A file of repeated ties (a warning each) then unknown actors: the errors are what the user must see.
        var sink = new CappedDiagnostics(3);
        foreach (var diagnostic in new[] { Warning(2), Warning(3), Warning(4), Error(5), Error(6), Error(7), Error(8), Warning(9) })
            sink.Report(diagnostic);

        Assert.Equal([Error(5), Error(6), Error(7)], sink.Kept);
        Assert.Equal((1, 4), (sink.MoreErrors, sink.MoreWarnings));
        Assert.True(sink.HasErrors);
    }

    [Fact]
    public void ShouldKeepTheOrderOfWhatItKeeps()
    {
        var sink = new CappedDiagnostics(3);
        foreach (var diagnostic in new[] { Warning(2), Error(3), Warning(4), Error(5) })
            sink.Report(diagnostic);

        Assert.Equal([Warning(2), Error(3), Error(5)], sink.Kept);
        Assert.Equal((0, 1), (sink.MoreErrors, sink.MoreWarnings));
    }

    [Fact]
    public void ShouldCountWarningsPastTheCapWithoutErrors()
    {
        var sink = new CappedDiagnostics(2);
        foreach (var line in Enumerable.Range(2, 5)) sink.Report(Warning(line));

        Assert.Equal([Warning(2), Warning(3)], sink.Kept);
        Assert.Equal((0, 3), (sink.MoreErrors, sink.MoreWarnings));
        Assert.False(sink.HasErrors);
    }
}
