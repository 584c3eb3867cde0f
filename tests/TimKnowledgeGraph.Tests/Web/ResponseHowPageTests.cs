using System.Text.RegularExpressions;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// A response's <c>how</c> is Markdown as a note body is: its Pandoc citations show author–date, linked to the
/// reference, and its wiki-links name and link their targets (relative ones from the responding note), on the
/// responding note's page, the critique's page and every page listing the critique; and the reference it cites lists
/// the note among those citing it.
/// </summary>
public sealed partial class ResponseHowPageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldRenderCitationsAndWikiLinksInAResponsesHow()
    {
        using var content = TempContent.SmallLineage()
            .With("critiques/too-vague.md", """
                ---
                name: Too vague
                targets: [territorial-innovation-models]
                raised_in: [storper1993]
                ---
                """)
            .With("concepts/answer.md", """
                ---
                kind: concept
                name: An answer
                responds_to:
                  - critique: too-vague
                    how: Made precise [@florida1995, p. 4] after [[learning-region.md|the learning region]] & <b>not</b> @storper1993.
                ---
                """);
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");
        var token = TestContext.Current.CancellationToken;

        foreach (var page in new[] { "/concepts/answer", "/critiques/too-vague", "/concepts/territorial-innovation-models" })
        {
            var html = await host.Http.GetStringAsync(page, token);
            var how = Html.Between(html, "Made precise", "</q>");
            Assert.Contains("(<a href=\"/references/florida1995\">Florida, 1995, p. 4</a>)", how);
            Assert.Contains("<a class=\"wikilink\" href=\"/concepts/learning-region\">the learning region</a>", how);
            Assert.Contains("<a href=\"/references/storper1993\">Storper (1993)</a>", how);
            // Raw HTML stays text; no key or Markdown is left showing.
            Assert.Contains("&amp; &lt;b&gt;not&lt;/b&gt;", how);
            Assert.DoesNotContain("<b>", how);
            var text = Tags().Replace(how, " ");
            Assert.DoesNotContain("@", text);
            Assert.DoesNotContain("[[", text);
            Assert.DoesNotContain("<p>", how);
        }

        // Cited in a how only, the reference is cited by the note.
        var reference = await host.Http.GetStringAsync("/references/florida1995", token);
        Assert.Contains("href=\"/concepts/answer\"", reference);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
