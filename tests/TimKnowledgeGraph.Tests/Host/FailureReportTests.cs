using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Host.Cli;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>The failures an import can end with become one line and an exit code, not a stack trace.</summary>
public sealed class FailureReportTests
{
    [Fact]
    public void ShouldReportAFileChangedDuringAnImportAsBadInputAndInterferenceAsAServerError()
    {
        Assert.True(FailureReport.TryDescribe(new ImportSourceChangedException("net", "net/ties.csv", 12), out var changed, out var changedCode));
        Assert.True(FailureReport.TryDescribe(new AggregateException(new ImportInterferenceException("net", 3, 10)), out var interfered, out var interferedCode));

        Assert.Equal(("error: import of 'net' stopped: net/ties.csv:12 is not what validation read (the file changed during the import); " +
            "run the import again to repair the dataset", ExitCodes.InvalidInput), (changed, changedCode));
        Assert.StartsWith("error: import of 'net' stopped: 3 of 10 rows", interfered);
        Assert.Equal(ExitCodes.ServerError, interferedCode);
        Assert.False(FailureReport.TryDescribe(new InvalidOperationException("a bug"), out _, out _));
    }

    [Fact]
    public void ShouldReportAnImportOfADatasetAnotherRunIsImportingAsBusy()
    {
        Assert.True(FailureReport.TryDescribe(new ImportInProgressException("net", TimeSpan.FromSeconds(41.2)), out var line, out var code));

        Assert.Equal(("error: import of 'net' refused: another import of it is running, and nothing was written; run the import again " +
            "once that one has finished (a run that was killed leaves its claim to lapse, within 42 s)", ExitCodes.Busy), (line, code));
    }
}
