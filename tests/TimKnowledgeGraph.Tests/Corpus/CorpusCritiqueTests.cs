using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Corpus;

/// <summary>
/// The critiques of the Learning Region as the texts state them: Hassink's (2007) four directly, the general TIM
/// critiques of section 2 inherited from the family, and the authors' answers of section 4.
/// </summary>
public sealed class CorpusCritiqueTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private static readonly Dictionary<string, string> HassinkWithAnswer = new()
    {
        ["lr-fuzzy"] = "In terms of fuzziness, there need be a clear focus on the networks within which learning between actors takes place",
        ["lr-normative"] = "merely that physical proximity helps to develop networks",
        ["lr-overlapping"] = "spatial clusters of innovation",
        ["lr-squeezed"] = "more consideration needs to be given to the wider – global and national – networks within which actors are positioned",
    };

    [Fact]
    public async Task ShouldGiveHassinksFourCritiquesDirectlyWithTheAuthorsAnswers()
    {
        await CorpusLoader.LoadAsync(Client);

        var rows = await CritiquesOfTheLearningRegionAsync();

        foreach (var (critique, answer) in HassinkWithAnswer)
        {
            var row = Assert.Single(rows, r => (string)r["critiqueId"]! == critique);
            Assert.Equal("direct", row["reach"]);
            Assert.Contains(Maps(row["raisedIn"]), r => (string)r["ref"]! == "hassink2007" && (long)r["year"]! == 2007);
            var response = Assert.Single(Maps(row["responses"]), r => (string)r["id"]! == "social-dynamics-of-innovation-networks");
            Assert.Contains(answer, (string)response["how"]!);
        }
    }

    [Fact]
    public async Task ShouldInheritTheFourGeneralTimCritiquesFromTheFamily()
    {
        await CorpusLoader.LoadAsync(Client);

        var rows = await CritiquesOfTheLearningRegionAsync();

        // Section 2: knowledge assumed intrinsically regional (Gertler & Wolfe 2006), too specific to certain regions,
        // undertheorised (Markusen 1999 et al.), policy-driven (Lovering 1999; Martin & Sunley 2003).
        var general = new Dictionary<string, string>
        {
            ["tim-knowledge-intrinsically-regional"] = "gertler2006",
            ["tim-too-specific"] = "hassink1993",
            ["tim-undertheorised"] = "markusen1999",
            ["tim-policy-driven"] = "lovering1999",
        };
        foreach (var (critique, raisedBy) in general)
        {
            var row = Assert.Single(rows, r => (string)r["critiqueId"]! == critique);
            Assert.Equal("inherited-from-family", row["reach"]);
            Assert.Equal("territorial-innovation-models", row["viaId"]);
            Assert.Contains(Maps(row["raisedIn"]), r => (string)r["ref"]! == raisedBy);
        }
        // Hassink's four "all relate to a more fundamental problem" (section 4): they narrow the actor-region elision.
        // The text pairs none of them with a general TIM critique, so no such specialisation is typed.
        var fuzzy = Assert.Single(rows, r => (string)r["critiqueId"]! == "lr-fuzzy");
        var broader = ((IReadOnlyList<object?>)fuzzy["specialises"]!).Cast<string>().ToList();
        Assert.Contains("actor-region-elision", broader);
        Assert.DoesNotContain("tim-undertheorised", broader);
        // Hassink raised it; Markusen (1999) only defined "fuzzy" and Martin & Sunley (2003) used it (section 3).
        Assert.Equal(["hassink2007"], Maps(fuzzy["raisedIn"]).Select(r => (string)r["ref"]!));
    }

    [Fact]
    public async Task ShouldGiveTheCritiquesOfACritique()
    {
        await CorpusLoader.LoadAsync(Client);

        // Section 2: the homogeneity caveat of Benneworth & Henry qualifies the critiques of TIMs in general.
        var rows = await CritiquesOfAsync("tim-undertheorised");

        var caveat = Assert.Single(rows, r => (string)r["critiqueId"]! == "tim-heterogeneity");
        Assert.Equal("direct", caveat["reach"]);
        Assert.Contains(Maps(caveat["raisedIn"]), r => (string)r["ref"]! == "benneworth2004");
        var general = Assert.Single(await CritiquesOfTheLearningRegionAsync(), r => (string)r["critiqueId"]! == "tim-undertheorised");
        Assert.Contains(Maps(general["critiquedBy"]), c => (string)c["id"]! == "tim-heterogeneity");
    }

    [Fact]
    public async Task ShouldTellAnswersFromMotivations()
    {
        await CorpusLoader.LoadAsync(Client);

        var rows = await CritiquesOfTheLearningRegionAsync();

        // The general TIM critiques are accepted and set the approach going (section 7), not answered.
        var policy = Assert.Single(rows, r => (string)r["critiqueId"]! == "tim-policy-driven");
        Assert.DoesNotContain(Maps(policy["responses"]), r => (string)r["id"]! == "social-dynamics-of-innovation-networks");
        Assert.Contains(Maps(policy["motivated"]), m => (string)m["id"]! == "social-dynamics-of-innovation-networks");
        // The recurrent trap (section 5) is answered, with the quote that answers it.
        var trap = Assert.Single(rows, r => (string)r["critiqueId"]! == "tim-recurrent-trap");
        var answer = Assert.Single(Maps(trap["responses"]));
        Assert.Equal("social-dynamics-of-innovation-networks", answer["id"]);
        Assert.Contains("more rigorous conceptual and empirical analysis", (string)answer["quote"]!);
        // Storper (1995b) illustrates the squeeze; Hassink raises it.
        var squeezed = Assert.Single(rows, r => (string)r["critiqueId"]! == "lr-squeezed");
        Assert.Equal(["hassink2007"], Maps(squeezed["raisedIn"]).Select(r => (string)r["ref"]!));
    }

    private Task<List<IReadOnlyDictionary<string, object?>>> CritiquesOfTheLearningRegionAsync() => CritiquesOfAsync("learning-region");

    private async Task<List<IReadOnlyDictionary<string, object?>>> CritiquesOfAsync(string id)
    {
        var query = QueryCatalog.Embedded.Get("critiques");
        var results = await Client.RunAsync([CypherStatement.Of(query.Text, ("id", id), ("maxDepth", 6L)) with { IncludeStats = false }]);
        return results[0].Records().ToList();
    }

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Maps(object? list) =>
        ((IReadOnlyList<object?>)list!).Cast<IReadOnlyDictionary<string, object?>>();
}
