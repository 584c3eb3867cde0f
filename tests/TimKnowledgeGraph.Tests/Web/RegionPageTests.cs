using System.Net;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Loading;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// The region page (issue #15) on the timed panel fixture: the region's type per wave and the figures that decide it
/// against expected.py, its ties inside and leaving it per layer against a count over the fixture's CSV files, its actors,
/// the links to it, and 404s that say what is missing.
/// </summary>
public sealed partial class RegionPageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private const string Lowland = "/networks/" + TimedFixtureWriter.Id + "/regions/zzq-lowland";

    [Theory]
    [InlineData("zzq-lowland")]
    [InlineData("zzq-upland")]
    public async Task ShouldShowTheRegionsTypeInEveryWaveWithItsFiguresAsExpectedPyComputesThem(string region)
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);
        var html = await host.PageAsync($"/networks/{TimedFixtureWriter.Id}/regions/{region}");

        var overTime = Html.Between(html, "id=\"over-time\"", "</section>");
        foreach (var wave in new[] { "w1", "w2", "w3" })
        {
            var expected = TimedExpected.Root.GetProperty("typology").GetProperty(wave).GetProperty(region);
            var mark = Html.Between(overTime, $"data-time=\"{wave}\"", "</ul>");
            Assert.Contains($"kind-type-{expected[4].GetString()}\"", mark);
            Assert.Contains($"RE {expected[1].GetInt32()} · RS {expected[2].GetInt32()} · GE {expected[3].GetInt32()}", WebUtility.HtmlDecode(mark));
        }
    }

    [Fact]
    public async Task ShouldShowThePathTheFixtureWasBuiltFor()
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);
        var overTime = Html.Between(await host.PageAsync(Lowland), "id=\"over-time\"", "</section>");

        // Hub-and-spoke becomes Marshallian once social ties appear in Lowland, each mark linking its type's concept.
        var types = TypeLabel().Matches(overTime).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["hub-and-spoke", "marshallian", "marshallian"], types);
        Assert.Contains("href=\"/concepts/hub-and-spoke-district\"", overTime);
    }

    [Theory]
    [InlineData("", "all")]
    [InlineData("?wave=w2", "w2")]
    [InlineData("?wave=w1", "w1")]
    public async Task ShouldShowTheTypeOfThePeriodWithTheFiguresThatDecideIt(string query, string period)
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);
        var section = WebUtility.HtmlDecode(Html.Between(await host.PageAsync(Lowland + query), "id=\"type\"", "</section>"));

        var expected = TimedExpected.Root.GetProperty("typology").GetProperty(period).GetProperty("zzq-lowland");
        Assert.Contains($"data-type=\"{expected[4].GetString()}\"", section);
        foreach (var (cls, at) in new[] { ("regional-economic", 1), ("regional-social", 2), ("global-economic", 3) })
        {
            var row = Html.Between(section, $"data-class=\"{cls}\"", "</tr>");
            var n = expected[at].GetInt32();
            Assert.Contains($"<td class=\"num\">{n}</td>", row);
            Assert.Contains($"<td>{(n > 0 ? "yes" : "no")}</td>", row);
        }
        // What the type means: the rule of Figure 1 and the content's own description of the type.
        Assert.Contains("In Figure 1 a", section);
        Assert.Contains("Markusen's type", section);
    }

    [Theory]
    [InlineData("zzq-lowland", "")]
    [InlineData("zzq-upland", "")]
    [InlineData("zzq-upland", "w2")]
    [InlineData("zzq-lowland", "w3")]
    public async Task ShouldCountTheTiesInsideAndLeavingTheRegionPerLayerAsTheCsvFilesSay(string region, string wave)
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);
        var html = await host.PageAsync($"/networks/{TimedFixtureWriter.Id}/regions/{region}" + (wave.Length > 0 ? "?wave=" + wave : ""));
        var table = Html.Between(html, "class=\"data region-ties\"", "</table>");

        foreach (var (layer, counts) in CountTies(region, wave))
        {
            var row = Html.Between(table, $"data-layer=\"{TimedFixtureWriter.Id}/{layer}\"", "</tr>");
            var shown = NumberCell().Matches(row).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.True(counts.SequenceEqual(shown), $"{region} {wave} {layer}: expected {string.Join("/", counts)}, shown {string.Join("/", shown)}");
        }
    }

    [Fact]
    public async Task ShouldListTheRegionsActorsAsLinksToTheirPages()
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);
        var actors = Html.Between(await host.PageAsync(Lowland), "id=\"actors\"", "</section>");

        // d, e and g are in Lowland (actors.csv); f, located nowhere, is not.
        foreach (var (id, name) in new[] { ("d", "Dale Ltd"), ("e", "Eden Co"), ("g", "Gale Club") })
            Assert.Contains($"<a href=\"/networks/{TimedFixtureWriter.Id}/actors/{id}\">{name}</a>", actors);
        Assert.DoesNotContain("Far Buyer", actors);
        Assert.Contains("<span class=\"count\">3</span>", actors);
    }

    [Fact]
    public async Task ShouldBeLinkedFromTheDatasetsTypologyTablesAndFromTheActorPage()
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);
        var dataset = await host.PageAsync("/networks/" + TimedFixtureWriter.Id);
        var actor = await host.PageAsync($"/networks/{TimedFixtureWriter.Id}/actors/d");

        Assert.Contains($"<a href=\"{Lowland}\">Lowland</a>", Html.Between(dataset, "id=\"typology\"", "</section>"));
        Assert.Contains($"<a href=\"{Lowland}\">Lowland</a>", Html.Between(dataset, "id=\"time\"", "</section>"));
        Assert.Contains($"located in <a href=\"{Lowland}\">Lowland</a>", actor);
    }

    [Theory]
    [InlineData("/networks/zzq-timed/regions/nowhere", "No region with id “nowhere”")]
    [InlineData("/networks/zzq-nope/regions/zzq-lowland", "No network dataset with id “zzq-nope”")]
    [InlineData("/networks/zzq-timed/regions/newcastle", "No actor of dataset “zzq-timed” is located in region “Newcastle”")]
    public async Task ShouldAnswer404SayingWhatIsMissing(string path, string sentence)
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);
        using var response = await host.Http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(sentence, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ShouldRefuseAPeriodItCannotShowAndShowAllTime()
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);
        var html = WebUtility.HtmlDecode(await host.PageAsync(Lowland + "?wave=w9"));

        Assert.Contains("“w9” is not a wave of this dataset", html);
        Assert.Contains("aria-current=\"true\">All time</a>", html);
    }

    [Fact]
    public async Task ShouldTypeEveryRegionOfADatasetWithoutTimeAsExpectedPyDoesAndShowNoPeriods()
    {
        await TradeFriendshipFixture.ImportAsync(Client);
        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);

        foreach (var (region, expected) in TradeFriendshipFixture.ExpectedTypology())
        {
            var html = await host.PageAsync($"/networks/{TradeFriendshipFixture.Id}/regions/{region}");
            var section = Html.Between(html, "id=\"type\"", "</section>");
            Assert.Contains($"data-type=\"{expected.Type}\"", section);
            Assert.Contains($"<td class=\"num\">{expected.Re}</td>", Html.Between(section, "data-class=\"regional-economic\"", "</tr>"));
            Assert.Contains($"<td class=\"num\">{expected.Rs}</td>", Html.Between(section, "data-class=\"regional-social\"", "</tr>"));
            Assert.Contains($"<td class=\"num\">{expected.Ge}</td>", Html.Between(section, "data-class=\"global-economic\"", "</tr>"));
            Assert.Contains($"<span class=\"count\">{expected.Actors}</span>", Html.Between(html, "id=\"actors\"", "</section>"));
            Assert.DoesNotContain("id=\"period\"", html);
            Assert.DoesNotContain("id=\"over-time\"", html);
        }
    }


    // Per layer: ties inside the region, to another region, to an actor without one, counted from the CSV files alone
    // (each tie once, a self-loop inside; in a wave, the wave's ties and the ties without a wave, dated or not).
    private static Dictionary<string, int[]> CountTies(string region, string wave)
    {
        var regionOf = File.ReadAllLines(Path.Combine(TimedFixtureWriter.Folder, "actors.csv")).Skip(1)
            .Select(l => l.Split(',')).ToDictionary(c => c[0], c => c[3]);
        var counts = new[] { "trade", "friendship", "advice" }.ToDictionary(l => l, _ => new int[3]);
        foreach (var t in File.ReadAllLines(Path.Combine(TimedFixtureWriter.Folder, "ties.csv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')))
        {
            if (wave.Length > 0 && t[7].Length > 0 && t[7] != wave) continue;
            var (a, b) = (regionOf[t[0]], regionOf[t[1]]);
            if (a == region && b == region) counts[t[2]][0]++;
            else if (a == region || b == region)
            {
                var other = a == region ? b : a;
                counts[t[2]][other.Length > 0 ? 1 : 2]++;
            }
        }
        return counts;
    }

    [GeneratedRegex("<li class=\"label kind-type-([a-z-]+)\">")]
    private static partial Regex TypeLabel();

    [GeneratedRegex("<td class=\"num\">(\\d+)</td>")]
    private static partial Regex NumberCell();
}
