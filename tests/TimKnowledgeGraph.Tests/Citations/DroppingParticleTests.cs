using System.Text;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Graph.Exports;

namespace TimKnowledgeGraph.Tests.Citations;

/// <summary>
/// CSL's dropping particle, the "van" of "Ludwig van Beethoven": read from CSL-JSON's <c>dropping-particle</c> and from
/// the end of a BibTeX given part ("Beethoven, Ludwig van", as Zotero stores and citeproc-js parses it), printed after
/// the given names in sort order, before the family name in direct order, left out of in-text citations, sorted under
/// the family name (the CSL specification's name-part orders), and exported both ways.
/// </summary>
public sealed class DroppingParticleTests
{
    private static readonly PersonName Beethoven = new("Beethoven", "Ludwig") { DroppingParticle = "van" };

    private static readonly Bibliography Works = new(
    [
        new CitedWork { Key = "beethoven1801", Year = 1801, Title = "Sonata", Type = "book", Authors = [Beethoven] },
        new CitedWork { Key = "bach1722", Year = 1722, Authors = [new PersonName("Bach", "Johann Sebastian")] },
        new CitedWork { Key = "brahms1868", Year = 1868, Authors = [new PersonName("Brahms", "Johannes")] },
        new CitedWork { Key = "vogel1900", Year = 1900, Authors = [new PersonName("Vogel", "Anna")] },
        new CitedWork
        {
            Key = "chapter1802", Year = 1802, Type = "chapter", Title = "Letters", Container = "Collected letters",
            Authors = [new PersonName("Ries", "Ferdinand")], Editors = [Beethoven],
        },
    ]);

    [Fact]
    public void Csl_json_keeps_the_dropping_particle_apart_from_the_family_name()
    {
        var sink = new DiagnosticBag();
        var work = Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes("""
            [{"id": "k", "author": [{"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"}]}]
            """), "r.json", sink)).Work;

        Assert.Empty(sink.Items);
        Assert.Equal(Beethoven, Assert.Single(work.Authors));
    }

    [Theory]
    // Zotero's form: the particle ends the given part, and citeproc-js parses it off as a dropping particle.
    [InlineData("Beethoven, Ludwig van", "Beethoven", "Ludwig", "van")]
    [InlineData("Fontaine, Jean de la", "Fontaine", "Jean", "de la")]
    // A lower-case von part leading the family name stays a non-dropping particle, kept in the family name.
    [InlineData("van Beethoven, Ludwig", "van Beethoven", "Ludwig", null)]
    [InlineData("Ludwig van Beethoven", "van Beethoven", "Ludwig", null)]
    // One given name is always kept: a lone lower-case given name is no particle.
    [InlineData("Beethoven, van", "Beethoven", "van", null)]
    public void BibTeX_reads_a_lower_case_end_of_the_given_part_as_a_dropping_particle(string author, string family, string given, string? particle)
    {
        var sink = new DiagnosticBag();
        var name = Assert.Single(Assert.Single(BibTexReferences.Read($"@book{{k, author = {{{author}}}, year = {{1801}}}}", "r.bib", sink)).Work.Authors);

        Assert.Empty(sink.Items);
        Assert.Equal((family, given, particle), (name.Family, name.Given, name.DroppingParticle));
    }

    [Theory]
    // apa.csl's ". " after the author list gives "van." its period, as citeproc-js prints it.
    [InlineData(CitationStyle.Apa, "Beethoven, L. van. (1801). *Sonata*.")]
    [InlineData(CitationStyle.Chicago, "Beethoven, Ludwig van. 1801. *Sonata*.")]
    [InlineData(CitationStyle.Harvard, "Beethoven, L. van (1801) *Sonata*.")]
    public void The_entry_prints_the_particle_after_the_given_names(CitationStyle style, string expected) =>
        Assert.Equal(expected, Works.Entry("beethoven1801", style)!.ToMarkdown());

    [Fact]
    public void In_text_citations_name_the_family_alone() =>
        Assert.Equal(
            ["(Beethoven, 1801)", "(Beethoven 1801)", "(Beethoven, 1801)"],
            CitationStyles.All.Select(style => Works.Parenthetical([new CiteItem("beethoven1801")], style).Plain));

    [Theory]
    [InlineData(CitationStyle.Apa, "In L. van Beethoven (Ed.), *Collected letters*.")]
    [InlineData(CitationStyle.Chicago, "In *Collected Letters*, edited by Ludwig van Beethoven.")]
    // Harvard lists a chapter's editors in sort order (harvard-cite-them-right.csl's editor macro).
    [InlineData(CitationStyle.Harvard, "in Beethoven, L. van (ed.) *Collected letters*.")]
    public void A_chapters_editor_has_the_particle_where_the_style_writes_it(CitationStyle style, string expected) =>
        Assert.Contains(expected, Works.Entry("chapter1802", style)!.ToMarkdown(), StringComparison.Ordinal);

    [Theory]
    [InlineData(CitationStyle.Apa)]
    [InlineData(CitationStyle.Chicago)]
    [InlineData(CitationStyle.Harvard)]
    public void Every_style_sorts_the_name_under_its_family_name(CitationStyle style) =>
        Assert.Equal(["bach1722", "beethoven1801", "brahms1868", "chapter1802", "vogel1900"],
            Works.Sorted(Works.Works, style).Select(w => w.Key));

    [Fact]
    public void Sorting_takes_the_particle_before_the_given_names_as_the_CSL_specification_orders_them()
    {
        // Sort keys: family, then dropping (and demoted) particle, then given: "Beethoven, Ludwig van" after "Beethoven, Zoe".
        var works = new Bibliography(
        [
            new CitedWork { Key = "ludwig", Year = 1801, Authors = [Beethoven] },
            new CitedWork { Key = "zoe", Year = 1801, Authors = [new PersonName("Beethoven", "Zoe")] },
        ]);

        Assert.Equal(["zoe", "ludwig"], works.Sorted(works.Works, CitationStyle.Apa).Select(w => w.Key));
    }

    [Fact]
    public void The_exports_keep_it_a_dropping_particle()
    {
        var entry = new ReadingListEntry(Works.Get("beethoven1801")!, []);
        var bib = BibTexWriter.Write([entry]);
        var json = CslJsonWriter.Write([entry]);
        var sink = new DiagnosticBag();

        Assert.Contains("author = {Beethoven, Ludwig van}", bib, StringComparison.Ordinal);
        Assert.Contains("\"dropping-particle\": \"van\"", json, StringComparison.Ordinal);
        Assert.Equal(Beethoven, Assert.Single(Assert.Single(BibTexReferences.Read(bib, "e.bib", sink)).Work.Authors));
        Assert.Equal(Beethoven, Assert.Single(Assert.Single(CslJsonReader.Read(Encoding.UTF8.GetBytes(json), "e.json", sink)).Work.Authors));
        Assert.Empty(sink.Items);
    }

    [Fact]
    public void The_stored_name_reads_back_whole()
    {
        Assert.Equal("Beethoven, Ludwig van", Beethoven.StoredName);
        Assert.Equal(Beethoven, PersonName.FromStored(Beethoven.StoredName));
        Assert.Equal("Beethoven, Ludwig van", Beethoven.DisplayName);
        Assert.Equal("beethoven-l", Beethoven.Id);
    }
}
