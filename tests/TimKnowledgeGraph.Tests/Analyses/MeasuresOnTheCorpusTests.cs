using System.Text.Json;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// The seed corpus's Preface network, loaded from content/ by the real host: the measures endpoint gives NetworkX's
/// figures for the same CSV files (every actor, aggregate and every layer), and the dataset page shows them.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class MeasuresOnTheCorpusTests(Neo4jFixture neo4j, CorpusHost corpus) : IClassFixture<CorpusHost>
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Content, "networks", "preface-network");

    [Fact]
    public async Task ShouldServeNetworkXFiguresForThePrefaceNetworkThroughTheApi()
    {
        var host = await corpus.StartAsync(neo4j);
        var all = JsonDocument.Parse(await host.Http.GetStringAsync("/api/networks/preface-network/measures", TestContext.Current.CancellationToken)).RootElement;
        var layers = all.GetProperty("layers").EnumerateArray().Select(l => l.GetString()!).ToList();
        var reference = ReferenceMeasures.Compute(Folder, layers);

        Assert.Equal("exact", all.GetProperty("betweenness").GetString());
        Assert.Equal(File.ReadLines(Path.Combine(Folder, "actors.csv")).Count() - 1, all.GetProperty("actors").GetInt32());
        AssertRecordsAgree(reference.GetProperty("aggregate"), reference, all);
        foreach (var layer in layers)
        {
            var one = JsonDocument.Parse(await host.Http.GetStringAsync($"/api/networks/preface-network/measures?layer={Uri.EscapeDataString(layer)}", TestContext.Current.CancellationToken)).RootElement;
            AssertRecordsAgree(reference.GetProperty("layers").GetProperty(ReferenceMeasures.LocalLayer(layer)), reference, one);
        }
    }

    [Fact]
    public async Task ShouldShowTheMeasuresOnTheDatasetPage()
    {
        var host = await corpus.StartAsync(neo4j);
        var html = await host.Http.GetStringAsync("/networks/preface-network", TestContext.Current.CancellationToken);

        var section = Html.Between(html, "id=\"measures\"", "</section>");
        Assert.Contains("<strong>exact</strong>", section);
        Assert.Contains("href=\"/networks/preface-network/actors/dessy\"", section);
        // The highest betweenness on the aggregate, as NetworkX computes it, shown to four decimals.
        var reference = ReferenceMeasures.Compute(Folder, JsonDocument.Parse(await host.Http.GetStringAsync("/api/networks/preface-network/measures", TestContext.Current.CancellationToken))
            .RootElement.GetProperty("layers").EnumerateArray().Select(l => l.GetString()!));
        var highest = reference.GetProperty("aggregate").GetProperty("betweenness").EnumerateObject().Max(p => p.Value.GetDouble());
        Assert.Contains($">{highest.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)}</td>", section);
    }

    private static void AssertRecordsAgree(JsonElement graph, JsonElement reference, JsonElement response)
    {
        string[] roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"];
        foreach (var record in response.GetProperty("records").EnumerateArray())
        {
            var id = ReferenceMeasures.LocalLayer(record.GetProperty("actorId").GetString()!); // content actors are "<dataset>/<id>"
            Assert.Equal(graph.GetProperty("degree").GetProperty(id).GetInt64(), record.GetProperty("degree").GetInt64());
            foreach (var (ours, theirs) in new[] { ("betweenness", "betweenness"), ("effectiveSize", "effectiveSize"), ("constraint", "constraint") })
                ReferenceMeasures.AssertClose(Number(graph.GetProperty(theirs).GetProperty(id)), Number(record.GetProperty(ours)), $"{ours} of {id}");
            ReferenceMeasures.AssertClose(Number(reference.GetProperty("participation").GetProperty(id)), Number(record.GetProperty("participation")), $"participation of {id}");
            foreach (var role in roles)
                Assert.Equal(graph.GetProperty(role).GetProperty(id).GetInt64(), record.GetProperty(role).GetInt64());
        }
    }

    private static double Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? double.NaN : value.GetDouble();
}
