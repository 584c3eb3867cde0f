using System.Text.Json;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Loading;

namespace TimKnowledgeGraph.Tests.Exports;

/// <summary>
/// A reading list exported from the graph carries every field its references were loaded with: the reading-list query
/// returns them and the BibTeX and CSL-JSON writers write them (real Neo4j, content loaded as the product loads it).
/// </summary>
public sealed class ReadingListExportTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldExportTheEditorsVolumeIssuePagesPublisherAndPlaceOfAReferenceOnTheList()
    {
        using var content = TempContent.SmallLineage().With("references/chapter.bib", """
            @incollection{cooke1998,
              author = {Cooke, Philip},
              editor = {Braczyk, Hans-Joachim and Heidenreich, Martin},
              title = {Regional innovation systems: an evolutionary approach},
              booktitle = {Regional Innovation Systems},
              volume = {2},
              number = {3},
              pages = {2--25},
              publisher = {UCL Press},
              address = {London},
              year = {1998}
            }
            """).With("concepts/sdin.md", """
            ---
            kind: framework
            name: Social dynamics of innovation networks
            derived_from: [learning-region]
            introduced_in: [cooke1998]
            ---
            Grew out of the [[Learning Region]].
            """);
        await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);

        var entries = await new ReadingListReader(new NamedQueryRunner(Client), QueryCatalog.Embedded).ReadAsync("sdin", cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(entries);
        var bib = BibTexWriter.Write(entries);
        var entry = bib[bib.IndexOf("@incollection{cooke1998,", StringComparison.Ordinal)..];
        entry = entry[..(entry.IndexOf("\n}\n", StringComparison.Ordinal) + 3)];
        foreach (var field in new[]
                 {
                     "editor = {Braczyk, Hans-Joachim and Heidenreich, Martin}", "booktitle = {Regional Innovation Systems}", "volume = {2}",
                     "number = {3}", "pages = {2--25}", "publisher = {UCL Press}", "address = {London}",
                 })
            Assert.Contains(field, entry);

        using var csl = JsonDocument.Parse(CslJsonWriter.Write(entries));
        var item = csl.RootElement.EnumerateArray().Single(i => i.GetProperty("id").GetString() == "cooke1998");
        Assert.Equal("Heidenreich", item.GetProperty("editor")[1].GetProperty("family").GetString());
        Assert.Equal(("2", "3", "2-25", "UCL Press", "London"), (item.GetProperty("volume").GetString(), item.GetProperty("issue").GetString(),
            item.GetProperty("page").GetString(), item.GetProperty("publisher").GetString(), item.GetProperty("publisher-place").GetString()));
    }

    [Fact]
    public async Task ShouldKeepCorporateAuthorsSuffixesAndInstitutionsWholeThroughTheGraph()
    {
        using var content = TempContent.SmallLineage().With("references/names.bib", """
            @techreport{mea2011,
              author = {{Ministry of Economic Affairs, Agriculture and Innovation}},
              title = {Regional policy},
              institution = {Government of the Netherlands},
              year = {2011}
            }
            @article{lucas1971,
              author = {Lucas, Jr., Robert E. and Prescott, Edward C.},
              year = {1971}
            }
            @article{huang2023,
              author = {Huang, Kexin and others},
              year = {2023}
            }
            """).With("concepts/sdin.md", """
            ---
            kind: framework
            name: Social dynamics of innovation networks
            derived_from: [learning-region]
            introduced_in: [mea2011, lucas1971, huang2023]
            ---
            Grew out of the [[Learning Region]].
            """);
        await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);

        var entries = await new ReadingListReader(new NamedQueryRunner(Client), QueryCatalog.Embedded).ReadAsync("sdin", cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(entries);
        var apa = ReferenceListWriter.Write(entries, new Domain.Citations.Bibliography(entries.Select(e => e.Work)), Domain.Citations.CitationStyle.Apa);
        Assert.Contains("Lucas, R. E., Jr., & Prescott, E. C. (1971).\n", apa);
        Assert.Contains("Ministry of Economic Affairs, Agriculture and Innovation. (2011). *Regional policy*. Government of the Netherlands.".Replace("*", ""), apa);
        var bib = BibTexWriter.Write(entries);
        Assert.Contains("author = {{Ministry of Economic Affairs, Agriculture {and} Innovation}}", bib);
        // A report's publisher is its institution again in BibTeX (it was written as "publisher").
        Assert.Contains("  institution = {Government of the Netherlands},\n", bib);
        Assert.DoesNotContain("publisher = {Government", bib);
        Assert.Contains("author = {Lucas, Jr., Robert E. and Prescott, Edward C.}", bib);
        using var csl = JsonDocument.Parse(CslJsonWriter.Write(entries));
        var items = csl.RootElement.EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal("Ministry of Economic Affairs, Agriculture and Innovation", items["mea2011"].GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal("Government of the Netherlands", items["mea2011"].GetProperty("publisher").GetString());
        Assert.Equal("Jr.", items["lucas1971"].GetProperty("author")[0].GetProperty("suffix").GetString());

        // "and others" reads back from the graph as the names left out: "et al." in the list, again in the .bib, said
        // in CSL-JSON's note (CSL-JSON has no name for it), and nobody's Author node.
        Assert.Contains("Huang, K., et al. (2023).\n", apa);
        Assert.Contains("author = {Huang, Kexin and others}", bib);
        Assert.Equal("Huang", Assert.Single(items["huang2023"].GetProperty("author").EnumerateArray()).GetProperty("family").GetString());
        Assert.Equal("reading list: introduced; more authors than listed (and others)", items["huang2023"].GetProperty("note").GetString());
        var authors = await Client.RunAsync([new CypherStatement("MATCH (a:Author)-[:AUTHORED]->(:Reference {id: 'huang2023'}) RETURN a.name")], TestContext.Current.CancellationToken);
        Assert.Equal(["Huang, Kexin"], authors[0].Rows.Select(r => (string?)r[0]));
    }
}
