using System.Net;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.LocalServer;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>The product on its local default: it runs its own Neo4j, answers from it, and leaves nothing behind.</summary>
public sealed class LocalDefaultHostTests
{
    [LocalNeo4jFact]
    public async Task ShouldRunItsOwnNeo4jAndLeaveNoProcessBehindWhenStopped()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "timkg-tests", Guid.NewGuid().ToString("n"));
        using var content = TempContent.SmallLineage();

        var host = await RunningHost.StartLocalAsync(dataDirectory, content.Root);
        var response = await host.Http.GetAsync("/api/concepts/learning-region/lineage");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("territorial-innovation-models", await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(Neo4jProcessesOf(dataDirectory));

        await host.DisposeAsync();

        Assert.Empty(Neo4jProcessesOf(dataDirectory));
        Directory.Delete(dataDirectory, recursive: true);
    }

    /// <summary>Pids of live processes whose command line names this data directory (the JVM and its watchdog).</summary>
    private static List<int> Neo4jProcessesOf(string dataDirectory) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && string.Join(' ', ProcessProbe.Arguments(pid)).Contains(dataDirectory, StringComparison.Ordinal) && ProcessProbe.IsRunning(pid))
            .ToList();
}
