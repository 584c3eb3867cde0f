using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Host.Cli;

namespace TimKnowledgeGraph.Tests.Host;

public sealed class DiagnosticLinesTests
{
    [Fact]
    public void ShouldPrintAtMostTwentyLinesOfACodeAndCountTheRest()
    {
        // An import with 990 unknown columns printed 990 alike warnings.
        var warnings = Enumerable.Range(2, 25).Select(line => Diagnostic.Warning(new SourceLocation("d/actors.csv", line, 1), "TKG013", "unknown column"));
        var errors = Enumerable.Range(2, 3).Select(line => Diagnostic.Error(new SourceLocation("d/ties.csv", line, 1), "TKG030", "not an actor"));
        var output = new StringWriter();

        DiagnosticLines.Write(output, warnings.Concat(errors));

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(20, lines.Count(l => l.Contains("TKG013: unknown column", StringComparison.Ordinal)));
        Assert.Equal(3, lines.Count(l => l.Contains("TKG030", StringComparison.Ordinal)));
        Assert.Equal("... and 5 more TKG013 warning(s), not shown", lines[^1]);
        Assert.Equal(24, lines.Length);
    }
}
