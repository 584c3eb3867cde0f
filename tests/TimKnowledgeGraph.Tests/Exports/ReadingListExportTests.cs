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

    [Fact]
    public async Task ShouldCarryDatesTranslatorsEditionThesisTypeAndAccessDateThroughTheGraph()
    {
        using var content = TempContent.SmallLineage().With("references/zotero.bib", """
            @book{freud1953,
              author = {Freud, Sigmund},
              translator = {Strachey, James},
              title = {The interpretation of dreams},
              date = {1953-03},
              origdate = {1900},
              edition = {2},
              publisher = {Hogarth Press}
            }
            @phdthesis{doe2015,
              author = {Doe, Jo},
              title = {Learning regions in practice},
              year = {2015}, month = mar, day = {9},
              type = {Doctoral dissertation},
              school = {Utrecht University},
              url = {https://example.org/doe},
              urldate = {2020-03-04}
            }
            """).With("concepts/sdin.md", """
            ---
            kind: framework
            name: Social dynamics of innovation networks
            derived_from: [learning-region]
            introduced_in: [freud1953, doe2015]
            ---
            Grew out of the [[Learning Region]].
            """);
        await SyncHarness.Create(Client, content.Root).LoadAsync(TestContext.Current.CancellationToken);

        var entries = await new ReadingListReader(new NamedQueryRunner(Client), QueryCatalog.Embedded).ReadAsync("sdin", cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotNull(entries);
        var works = entries.ToDictionary(e => e.Work.Key, e => e.Work);
        Assert.Equal((1953L, 3L, (long?)null, 1900L, "2"), (works["freud1953"].Year, works["freud1953"].Month, works["freud1953"].Day, works["freud1953"].OriginalYear, works["freud1953"].Edition));
        Assert.Equal(["Strachey, James"], works["freud1953"].Translators.Select(t => t.DisplayName));
        Assert.Equal((3L, 9L, "Doctoral dissertation", "2020-03-04"), (works["doe2015"].Month, works["doe2015"].Day, works["doe2015"].Genre, works["doe2015"].Accessed));
        var apa = ReferenceListWriter.Write(entries, new Domain.Citations.Bibliography(entries.Select(e => e.Work)), Domain.Citations.CitationStyle.Apa);
        Assert.Contains("(J. Strachey, Trans.; 2nd ed.). Hogarth Press. (Original work published 1900)", apa);
        Assert.Contains("[Doctoral dissertation, Utrecht University]", apa);
        var bib = BibTexWriter.Write(entries);
        foreach (var field in new[] { "date = {1953-03}", "origdate = {1900}", "translator = {Strachey, James}", "edition = {2}", "date = {2015-03-09}", "type = {Doctoral dissertation}", "urldate = {2020-03-04}" })
            Assert.Contains(field, bib);
        using var csl = JsonDocument.Parse(CslJsonWriter.Write(entries));
        var items = csl.RootElement.EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal("[[2015,3,9]]", items["doe2015"].GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "").Replace("\n", "").Replace("\r", ""));
        Assert.Equal("Strachey", items["freud1953"].GetProperty("translator")[0].GetProperty("family").GetString());
    }
}
