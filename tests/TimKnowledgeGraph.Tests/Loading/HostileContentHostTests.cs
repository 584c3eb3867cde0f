using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using TimKnowledgeGraph.Tests.Content.Hostile;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>
/// A running host and hostile content (issue 12, part 3): live reload keeps the last good graph and reports the
/// problem in /api/load/status, and the host starts with such content present. On the old code Markdig's exception
/// escaped the load: serve could not start and a reload reported nothing.
/// </summary>
public sealed class HostileContentHostTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private const string DeepQuotes = "---\nkind: framework\nname: Quotes\n---\n";

    [Fact]
    public async Task ShouldKeepTheLastGoodGraphWhenAHostileNoteIsSaved()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=true");
        var before = await GraphDump.TakeAsync(Client);

        content.With("concepts/quotes.md", DeepQuotes + new string('>', 130) + " deep\n");

        var status = await FailedStatusAsync(host);
        var diagnostic = Assert.Single(Diagnostics(status));
        Assert.StartsWith("concepts/quotes.md:5:", diagnostic, StringComparison.Ordinal);
        Assert.Contains("error TKG091", diagnostic);
        Assert.True(status.GetProperty("lastSuccess").GetProperty("succeeded").GetBoolean());
        Assert.Equal(before, await GraphDump.TakeAsync(Client));
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/api/health", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldKeepWatchingWhenALinkBackIntoTheFolderIsAdded()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=true");
        var before = await GraphDump.TakeAsync(Client);

        Directory.CreateSymbolicLink(Path.Combine(content.Root, "concepts/loop"), "..");
        content.With("concepts/touch.md", "---\nkind: framework\nname: Touch\n---\n"); // a change the watcher surely sees

        var status = await FailedStatusAsync(host);
        var diagnostic = Assert.Single(Diagnostics(status));
        Assert.StartsWith("concepts/loop:1:1: error TKG093:", diagnostic, StringComparison.Ordinal);
        Assert.Equal(before, await GraphDump.TakeAsync(Client));
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/api/health", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldStartWithHostileContentPresentAndSayWhy()
    {
        using var content = TempContent.SmallLineage();
        content.With("concepts/quotes.md", DeepQuotes + new string('>', 200) + " deep\n");
        content.With("concepts/deep.md", HostileContent.DeepYamlNote(1_000));
        File.WriteAllBytes(Path.Combine(content.Root, "concepts/cafe.md"), Encoding.Latin1.GetBytes("---\nkind: framework\nname: Café\n---\n"));
        Directory.CreateSymbolicLink(Path.Combine(content.Root, "concepts/loop"), ".");

        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var status = await FailedStatusAsync(host);
        var diagnostics = Diagnostics(status);
        Assert.Equal(4, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.StartsWith("concepts/quotes.md:5:", StringComparison.Ordinal) && d.Contains("TKG091"));
        Assert.Contains(diagnostics, d => d.StartsWith("concepts/deep.md:4:", StringComparison.Ordinal) && d.Contains("TKG091"));
        Assert.Contains(diagnostics, d => d.StartsWith("concepts/cafe.md:3:10:", StringComparison.Ordinal) && d.Contains("TKG092"));
        Assert.Contains(diagnostics, d => d.StartsWith("concepts/loop:1:1:", StringComparison.Ordinal) && d.Contains("TKG093"));
        Assert.Equal(0, await Neo4j.CountAsync("MATCH (c:Concept) RETURN count(c)"));
        Assert.Equal(HttpStatusCode.OK, (await host.Http.GetAsync("/api/health", TestContext.Current.CancellationToken)).StatusCode);
    }

    private static List<string> Diagnostics(JsonElement status) =>
        [.. status.GetProperty("latest").GetProperty("diagnostics").EnumerateArray().Select(d => d.GetString()!).Where(d => d.Contains(": error ", StringComparison.Ordinal))];

    private static async Task<JsonElement> FailedStatusAsync(RunningHost host)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var status = await host.GetJsonAsync<JsonElement>("/api/load/status");
            if (status.TryGetProperty("latest", out var latest) && latest.ValueKind == JsonValueKind.Object
                && !latest.GetProperty("succeeded").GetBoolean())
                return status;
            Assert.True(clock.Elapsed < Patience, $"no failed load reported within {Patience.TotalSeconds} s: {status}");
            await Task.Delay(100);
        }
    }
}
