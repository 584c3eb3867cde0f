using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Host.Hosting;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Host;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>Live reload in the running host: edits show up in the graph; invalid edits are reported and change nothing.</summary>
public sealed class ContentWatchTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldSyncASavedNoteWhileServing()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=true");

        content.With("concepts/sdin.md", TempContent.SdinNamed("SDIN, edited while serving"));

        Assert.True(await Eventually.TrueAsync(async () => await SdinNameAsync() == "SDIN, edited while serving"));
    }

    [Fact]
    public async Task ShouldSyncANoteSavedThroughATempFileAndARename()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=true");

        // What many editors do: write a temp file next to the note, then rename it over the note.
        content.With("concepts/.sdin.md.tmp", TempContent.SdinNamed("SDIN, saved by rename"));
        File.Move(Path.Combine(content.Root, "concepts/.sdin.md.tmp"), Path.Combine(content.Root, "concepts/sdin.md"), overwrite: true);

        Assert.True(await Eventually.TrueAsync(async () => await SdinNameAsync() == "SDIN, saved by rename"));
    }

    [Fact]
    public async Task ShouldKeepTheLastGoodGraphAndShowDiagnosticsForAnInvalidEdit()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=true");
        var before = await GraphDump.TakeAsync(Client);

        content.With("concepts/sdin.md", """
            ---
            kind: no-such-kind
            name: SDIN broken
            ---
            """);

        JsonElement status = default;
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            status = await host.GetJsonAsync<JsonElement>("/api/load/status");
            return !status.GetProperty("latest").GetProperty("succeeded").GetBoolean();
        }));
        Assert.Contains(status.GetProperty("latest").GetProperty("diagnostics").EnumerateArray(),
            d => d.GetString()!.Contains("concepts/sdin.md") && d.GetString()!.Contains("TKG012"));
        Assert.True(status.GetProperty("lastSuccess").GetProperty("succeeded").GetBoolean());
        Assert.Equal(before, await GraphDump.TakeAsync(Client));

        // Fixing the note brings the watcher back to normal.
        content.With("concepts/sdin.md", TempContent.SdinNamed("SDIN, fixed"));
        Assert.True(await Eventually.TrueAsync(async () => await SdinNameAsync() == "SDIN, fixed"));
    }
    [Fact]
    public async Task ShouldSummariseABulkEditInOneLineAndKeepTheWholeListForDebug()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");
        // The host's own sync, watched by a service whose log this test reads.
        var log = new RecordingLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
        var options = Options.Create(new ContentOptions { Root = content.Root, Watch = true, WatchDebounce = TimeSpan.FromSeconds(1) });
        using var watch = new ContentWatchService(host.Services.GetRequiredService<ContentSyncService>(), options, factory.CreateLogger<ContentWatchService>());
        await watch.StartAsync(TestContext.Current.CancellationToken);

        // A bulk edit in an Obsidian vault: forty notes at once. Each name was logged, on one line.
        for (var i = 1; i <= 40; i++)
            content.With($"concepts/bulk-{i:00}.md", $"---\nkind: framework\nname: Bulk {i}\nderived_from: [learning-region]\n---\nGrew out of the [[Learning Region]].\n");

        string Reloaded() { lock (log.Messages) return log.Messages.FirstOrDefault(m => m.StartsWith("Reloaded after", StringComparison.Ordinal)) ?? ""; }
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(Reloaded().Length > 0)));
        await watch.StopAsync(TestContext.Current.CancellationToken);

        var line = Reloaded();
        Assert.Matches(@"^Reloaded after changes to \d+ files \(concepts/bulk-01\.md, concepts/bulk-02\.md, concepts/bulk-03\.md, concepts/bulk-04\.md, concepts/bulk-05\.md and \d+ more\) in \d+ ms$", line);
        Assert.DoesNotContain("bulk-06", line);
        lock (log.Messages)
        {
            var all = log.Messages.Single(m => m.StartsWith("Changed files: ", StringComparison.Ordinal));
            Assert.Equal(LogLevel.Debug, log.Levels[log.Messages.IndexOf(all)]);
            Assert.Contains("concepts/bulk-40.md", all);
        }
    }

    private async Task<string?> SdinNameAsync()
    {
        var results = await Client.RunAsync([new CypherStatement("MATCH (c:Concept {id: 'sdin'}) RETURN c.name")]);
        return results[0].Rows.SingleOrDefault()?[0] as string;
    }
}
