using System.Net;
using System.Text.Json;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// <c>GET /api/networks/{dataset}/dynamics</c> on the timed panel through the running host: one wave's figures as
/// expected.py computes them, every wave and the coupling counts in one call, and problem+json for what it refuses.
/// </summary>
public sealed class DynamicsEndpointTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private const string Path = "/api/networks/" + TimedFixtureWriter.Id + "/dynamics";

    [Fact]
    public async Task ShouldAnswerOneWaveAndEveryWaveAndRefuseWhatIsNotAPeriod()
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);

        using var wave = JsonDocument.Parse(await host.Http.GetStringAsync(Path + "?wave=w2&participation=true", TestContext.Current.CancellationToken));
        var typology = TimedExpected.Root.GetProperty("typology").GetProperty("w2");
        foreach (var row in wave.RootElement.GetProperty("typology").EnumerateArray())
            Assert.Equal(typology.GetProperty(row.GetProperty("regionId").GetString()!)[4].GetString(), row.GetProperty("type").GetString());
        Assert.Equal(TimedExpected.Root.GetProperty("participation").GetProperty("w2").EnumerateObject().Count(),
            wave.RootElement.GetProperty("participation").GetArrayLength());

        using var all = JsonDocument.Parse(await host.Http.GetStringAsync(Path, TestContext.Current.CancellationToken));
        Assert.Equal(["w1", "w2", "w3"], all.RootElement.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("period").GetProperty("wave").GetString()));
        Assert.Equal(TimedExpected.Root.GetProperty("couplingByNature").GetArrayLength(), all.RootElement.GetProperty("couplingByNature").GetArrayLength());

        foreach (var (query, status) in new[] { ("?wave=w9", HttpStatusCode.BadRequest), ("?from=2007-02-30", HttpStatusCode.BadRequest), ("?from=2010&to=2008", HttpStatusCode.BadRequest) })
        {
            using var refused = await host.Http.GetAsync(Path + query, TestContext.Current.CancellationToken);
            Assert.Equal(status, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
        using var unknown = await host.Http.GetAsync("/api/networks/zzq-timd/dynamics", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains(TimedFixtureWriter.Id, await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
