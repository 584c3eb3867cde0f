using System.Text.Json;
using TimKnowledgeGraph.Neo4j.Cypher;
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
    private async Task<string?> SdinNameAsync()
    {
        var results = await Client.RunAsync([new CypherStatement("MATCH (c:Concept {id: 'sdin'}) RETURN c.name")]);
        return results[0].Rows.SingleOrDefault()?[0] as string;
    }
}
