using System.Text.Json;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// The lineage timeline and the lineage graph place every concept of a lineage at the year its own note gives: only the
/// page's own concept's <c>year</c> was read, so an ancestor whose note says <c>year: 1987</c> and a descendant with
/// <c>year: 2007</c> were both listed under "year not given" (seen in a test vault: national and regional innovation
/// systems, related variety).
/// </summary>
public sealed class LineageYearsPageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldPlaceEachConceptOfTheLineageAtItsOwnYear()
    {
        using var content = new TempContent()
            .With("references/refs.bib", "@book{lundvall1992, author = {Lundvall, Bengt-{\\AA}ke}, year = {1992}}\n@article{cooke1992, author = {Cooke, Philip}, year = {1992}}\n")
            .With("concepts/nis.md", "---\nkind: concept\nname: National Innovation System\nyear: 1987\nintroduced_in: lundvall1992\n---\nNations.\n")
            .With("concepts/ris.md", "---\nkind: tim\nname: Regional Innovation System\nyear: 1992\nderived_from: [nis]\nintroduced_in: cooke1992\n---\nRegions.\n")
            .With("concepts/rv.md", "---\nkind: concept\nname: Related Variety\nyear: 2007\nderived_from: [ris]\n---\nVariety.\n")
            .With("concepts/untimed.md", "---\nkind: concept\nname: Untimed\nderived_from: [ris]\n---\nNo year.\n");
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");

        var html = await host.Http.GetStringAsync("/concepts/ris", TestContext.Current.CancellationToken);
        var timeline = Html.Between(html, "<ol class=\"timeline\"", "</ol>\n    <figcaption");

        Assert.Matches("data-time=\"1987\">\\s*<span class=\"time\">1987</span>\\s*<ul class=\"labels\">\\s*<li class=\"label[^\"]*\"><a href=\"/concepts/nis\">", timeline);
        Assert.Matches("data-time=\"2007\">\\s*<span class=\"time\">2007</span>\\s*<ul class=\"labels\">\\s*<li class=\"label[^\"]*\"><a href=\"/concepts/rv\">", timeline);
        // Only the concept no note dates is left without a year.
        var undated = Html.Between(timeline, "data-time=\"undated\"", "</ul>");
        Assert.Contains("/concepts/untimed", undated);
        Assert.DoesNotContain("/concepts/nis", undated);

        var graph = await host.GetJsonAsync<JsonElement>("/graph-data/concepts/ris/lineage");
        var years = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data"))
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("year").ValueKind == JsonValueKind.String ? n.GetProperty("year").GetString() : null);
        Assert.Equal(("1987", "1992", "2007", null), (years["nis"], years["ris"], years["rv"], years["untimed"]));
    }
}
