using TimKnowledgeGraph.Neo4j.LocalServer;

namespace TimKnowledgeGraph.Tests.LocalServer;

/// <summary>The local server's console log: kept one run back, and read for the JVM's last words when it ran out of memory.</summary>
public sealed class ConsoleLogTests : IDisposable
{
    private readonly LocalNeo4jLayout _layout;

    public ConsoleLogTests()
    {
        var directory = Path.Combine(Path.GetTempPath(), "timkg-tests", "console-log-" + Guid.NewGuid().ToString("N"));
        _layout = new LocalNeo4jLayout(directory, directory);
        Directory.CreateDirectory(_layout.LogsDirectory);
    }

    [Fact]
    public void ShouldKeepTheRunBeforeWhenANewRunStarts()
    {
        ConsoleLog.Reset(_layout, ownerProcessId: 1);
        File.AppendAllText(_layout.ConsoleLog, "Terminating due to java.lang.OutOfMemoryError: Java heap space\n");

        ConsoleLog.Reset(_layout, ownerProcessId: 2);

        Assert.Contains("(pid 1)", File.ReadAllText(_layout.PreviousConsoleLog));
        Assert.Contains("OutOfMemoryError", File.ReadAllText(_layout.PreviousConsoleLog));
        Assert.Contains("(pid 2)", File.ReadAllText(_layout.ConsoleLog));
        Assert.DoesNotContain("OutOfMemoryError", File.ReadAllText(_layout.ConsoleLog));
    }

    [Fact]
    public void ShouldReadTheOutOfMemoryErrorTheJvmEndedOn()
    {
        ConsoleLog.Reset(_layout, ownerProcessId: 1);
        File.AppendAllText(_layout.ConsoleLog,
            "2026-12-06 00:45:40.000+0000 INFO  Started.\nTerminating due to java.lang.OutOfMemoryError: Java heap space\n");

        Assert.Equal("java.lang.OutOfMemoryError: Java heap space", ConsoleLog.OutOfMemoryError(_layout));
    }

    [Theory]
    [InlineData("2026-12-06 00:45:40.000+0000 INFO  Started.\n")]
    // A query's error that Neo4j logged and survived is not the JVM's exit.
    [InlineData("ERROR Client triggered an unexpected error: java.lang.OutOfMemoryError: Java heap space\n")]
    public void ShouldFindNoOutOfMemoryErrorWhenTheJvmDidNotEndOnOne(string lines)
    {
        ConsoleLog.Reset(_layout, ownerProcessId: 1);
        File.AppendAllText(_layout.ConsoleLog, lines);

        Assert.Null(ConsoleLog.OutOfMemoryError(_layout));
    }

    [Fact]
    public void ShouldSayWhyTheServerIsRestarted()
    {
        Assert.Equal("Neo4j exited unexpectedly (exit code 137)", LocalNeo4jSupervisor.DeathReason(137, null));
        // A server the host killed for not answering was reported as having exited unexpectedly.
        Assert.Equal("Neo4j stopped answering (6 health probes of 10 s in a row): the host killed it (exit code 137) to restart it",
            LocalNeo4jSupervisor.HungReason(137));
        Assert.StartsWith("Neo4j ran out of memory (java.lang.OutOfMemoryError: Java heap space; exit code 3): ",
            LocalNeo4jSupervisor.DeathReason(3, "java.lang.OutOfMemoryError: Java heap space"));
    }

    public void Dispose() => LocalNeo4jTestSupport.DeleteQuietly(_layout.DataDirectory);

    [Fact]
    public void ShouldSayInOneLineWhatAFailedStartsConsoleBlames()
    {
        // A full disk printed 83 lines of Java stack trace and never said "disk".
        const string full = "== started ==\njava.io.IOException: No space left on device\n\tat java.io.FileOutputStream.writeBytes(Native Method)\n\t... 12 more\n";
        Assert.Equal("the disk is full (No space left on device)", ConsoleLog.Cause(full));
        Assert.Equal("Caused by: org.neo4j.kernel.StoreLockException: Unable to obtain lock on store lock file",
            ConsoleLog.Cause("== started ==\nCaused by: org.neo4j.kernel.StoreLockException: Unable to obtain lock on store lock file\n\tat org.neo4j.Foo.bar(Foo.java:1)\n\t... 3 more\n"));
        Assert.Null(ConsoleLog.Cause("== started by TimKnowledgeGraph ==\n"));
    }
}
