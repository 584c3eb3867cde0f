using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Loading;
using TimKnowledgeGraph.Tests.Queries;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// A timed dataset's page (issue #15): the period selector, the analyses of one period, and the timeline (a region's
/// Markusen type per wave, a small overlap matrix per wave), each figure against expected.py over the fixture's CSV files.
/// </summary>
public sealed partial class DatasetTimelinePageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private const string Page = "/networks/" + TimedFixtureWriter.Id;

    [Fact]
    public async Task ShouldShowEachRegionsTypePerWaveAsExpectedPyComputesIt()
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);
        var html = await host.Http.GetStringAsync(Page, TestContext.Current.CancellationToken);

        var shown = TypeCell().Matches(Html.Between(html, "id=\"time\"", "</section>"))
            .ToDictionary(m => (m.Groups[1].Value, m.Groups[2].Value), m => m.Groups[3].Value);
        var typology = TimedExpected.Root.GetProperty("typology");
        string[] waves = ["w1", "w2", "w3"];
        foreach (var wave in waves)
        {
            foreach (var region in typology.GetProperty(wave).EnumerateObject())
                Assert.Equal(region.Value[4].GetString(), shown[(region.Name, $"wave {wave}")]);
        }
        // The path the fixture was built to show: hub-and-spoke becomes Marshallian once social ties appear in Lowland.
        Assert.Equal(["hub-and-spoke", "marshallian", "marshallian"], waves.Select(w => shown[("zzq-lowland", $"wave {w}")]));
    }

    [Fact]
    public async Task ShouldDrawOneSmallOverlapMatrixPerWaveWithItsTieJaccardIndexes()
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);
        var html = await host.Http.GetStringAsync(Page, TestContext.Current.CancellationToken);

        var multiples = Html.Between(html, "class=\"small-multiples\"", "</ol>");
        foreach (var wave in new[] { "w1", "w2", "w3" })
        {
            var matrix = Html.Between(multiples, $"data-period=\"wave {wave}\"", "</li>");
            var cells = JaccardCell().Matches(matrix).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            var expected = TimedExpected.Root.GetProperty("overlap").GetProperty(wave).EnumerateObject()
                .Select(p => p.Value.EnumerateArray().Select(v => v.GetDouble()).ToArray())
                .Select(e => e[7] == 0 ? 0.0 : e[6] / e[7]).ToList();
            // A symmetric matrix: each pair of layers twice, rounded as printed.
            Assert.Equal(expected.SelectMany(v => new[] { v, v }).Select(Round).Order(), cells.Order());
        }
    }

    [Fact]
    public async Task ShouldCountOnlyTheChosenWavesTiesInTheAnalysesAndSayWhichPeriodItIs()
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);
        var all = await host.Http.GetStringAsync(Page, TestContext.Current.CancellationToken);
        var w2 = await host.Http.GetStringAsync(Page + "?wave=w2", TestContext.Current.CancellationToken);

        Assert.Contains("Tie overlap between layers (Jaccard index on undirected actor pairs), wave w2", w2);
        Assert.Contains("aria-current=\"true\">w2</a>", w2);
        var expected = TimedExpected.Root.GetProperty("overlap").GetProperty("w2").EnumerateObject()
            .Select(p => p.Value.EnumerateArray().Select(v => v.GetDouble()).ToArray()).Select(e => Round(e[6] / e[7]));
        var overlap = Html.Between(w2, "id=\"overlap\"", "</section>");
        var tieMatrix = overlap[overlap.IndexOf("Tie overlap between layers", StringComparison.Ordinal)..];
        Assert.Equal(expected.SelectMany(v => new[] { v, v }).Order(), JaccardCell().Matches(tieMatrix).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Order());
        Assert.NotEqual(Html.Between(all, "id=\"overlap\"", "</section>"), overlap);
    }

    [Theory]
    [InlineData("?wave=w9", "is not a wave of this dataset (its waves: w1, w2, w3)")]
    [InlineData("?from=20x7", "is not a year or a date")]
    [InlineData("?from=2010&to=2008", "The period ends (2008-12-31) before it starts (2010-01-01)")]
    public async Task ShouldSayWhyAPeriodItCannotShowIsRefusedAndShowAllTime(string query, string sentence)
    {
        await using var host = await TimedFixtureWriter.StartHostAsync(Neo4j);
        var response = await host.Http.GetAsync(Page + query, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(sentence), html);
        Assert.Contains("aria-current=\"true\">All time</a>", html);
    }

    [Fact]
    public async Task ShouldNameEachWaveAsDatasetMdNamesIt()
    {
        // Import/Fixtures/timed-panel declares waves [{id: w1, name: First survey}, w2].
        await TradeFriendshipFixture.ImportAsync(Client, Path.Combine(RepositoryPaths.Root, "tests", "TimKnowledgeGraph.Tests", "Import", "Fixtures", "timed-panel"));
        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);
        var html = WebUtility.HtmlDecode(await host.Http.GetStringAsync("/networks/zzq-timed-panel?wave=w1", TestContext.Current.CancellationToken));

        Assert.Contains("aria-current=\"true\">w1 · First survey</a>", html);
        Assert.Contains(">w2</a>", html);
    }

    [Fact]
    public async Task ShouldShowNoPeriodsOnADatasetWithoutTime()
    {
        await TradeFriendshipFixture.ImportAsync(Client);
        await using var host = await RunningHost.StartAsync(Neo4j, RepositoryPaths.Content);
        var html = await host.Http.GetStringAsync("/networks/" + TradeFriendshipFixture.Id, TestContext.Current.CancellationToken);

        Assert.Contains("id=\"typology\"", html);
        Assert.DoesNotContain("id=\"time\"", html);
        Assert.DoesNotContain("id=\"period\"", html);
    }

    // As the page prints a Jaccard index.
    private static double Round(double value) =>
        double.Parse(value.ToString("0.00", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    [GeneratedRegex("<td class=\"type-[^\"]*\" data-region=\"([^\"]+)\" data-period=\"([^\"]+)\">([^<]*)</td>")]
    private static partial Regex TypeCell();

    [GeneratedRegex("<td class=\"h\\d+\" title=\"[^\"]*\">([0-9.]+)</td>")]
    private static partial Regex JaccardCell();
}
