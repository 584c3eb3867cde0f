using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>The export writers, read back: BibTeX by its fields, CSL-JSON as JSON, GraphML and GEXF as XML.</summary>
public sealed partial class ExportWriterTests
{
    private static readonly ReadingListEntry Storper = new(
        new CitedWork
        {
            Key = "storper1993", Type = "article-journal", Title = "Regional \"worlds\" of production: learning & innovation {50%}", Year = 1993,
            Authors = CitedWork.NamesFromStored(["Storper, Michael", "Asheim, Bjørn T."]), Container = "Regional Studies",
            Doi = "10.1080/00343409312331347675",
        },
        ["introduced", "evidence"]);

    private static readonly ReadingListEntry Oecd = new(
        new CitedWork
        {
            Key = "oecd 2010", Type = "misc", Title = "Regional Innovation Strategy", Year = 2010,
            Authors = CitedWork.NamesFromStored(["OECD", "Research and Development Unit"]), Url = "https://example.org/a_b",
        },
        []);

    // A chapter in an edited book: editors, volume, issue, pages, publisher and place, as Zotero exports them.
    private static readonly ReadingListEntry Chapter = new(
        new CitedWork
        {
            Key = "cooke1998", Type = "incollection", Title = "Regional innovation systems: an evolutionary approach", Year = 1998,
            Authors = CitedWork.NamesFromStored(["Cooke, Philip"]), Editors = CitedWork.NamesFromStored(["Braczyk, Hans-Joachim", "Heidenreich, Martin"]),
            Container = "Regional Innovation Systems", Volume = "2", Issue = "3", Pages = "2–25", Publisher = "UCL Press", Place = "London",
        },
        ["lineage-ancestor"]);

    [Fact]
    public void BibTeX_and_Csl_json_keep_editors_volume_issue_pages_publisher_and_place_when_read_back()
    {
        var sink = new DiagnosticBag();
        var fromBib = BibTexReferences.Read(BibTexWriter.Write([Chapter, Storper]), "export.bib", sink).Single(r => r.Id == "cooke1998");
        var fromCsl = CslJsonReader.Read(System.Text.Encoding.UTF8.GetBytes(CslJsonWriter.Write([Chapter, Storper])), "export.json", sink).Single(r => r.Id == "cooke1998");
        Assert.Empty(sink.Items);

        var work = Chapter.Work;
        // BibTeX's "--" reads back as the en dash it stands for; CSL-JSON keeps the hyphen citeproc expects.
        foreach (var (read, pages) in new[] { (fromBib, "2–25"), (fromCsl, "2-25") })
        {
            Assert.Equal(work.Editors.Select(e => e.DisplayName), read.Work.Editors.Select(e => e.DisplayName));
            Assert.Equal(work.Authors.Select(a => a.DisplayName), read.Authors.Select(a => a.DisplayName));
            Assert.Equal((work.Title, work.Year, work.Container), (read.Work.Title, read.Work.Year, read.Work.Container));
            Assert.Equal((work.Volume, work.Issue, work.Publisher, work.Place), (read.Work.Volume, read.Work.Issue, read.Work.Publisher, read.Work.Place));
            Assert.Equal(pages, read.Work.Pages);
        }
        var fields = Fields(BibTexWriter.Write([Chapter]), "cooke1998");
        Assert.Equal(("Regional Innovation Systems", "2--25", "Braczyk, Hans-Joachim and Heidenreich, Martin"), (fields["booktitle"], fields["pages"], fields["editor"]));
    }

    [Theory]
    [InlineData("book", "publisher", "series")]
    [InlineData("phdthesis", "school", "howpublished")]
    [InlineData("techreport", "institution", "series")]
    public void BibTeX_writes_the_publisher_in_the_field_each_type_has_for_it_and_reads_it_back(string type, string publisherField, string containerField)
    {
        // A book's container went in "publisher" beside its publisher (two publisher fields, which BibTeX refuses), and
        // a thesis's school was written as "publisher".
        var work = new CitedWork { Key = "w", Type = type, Title = "Regions", Year = 2019, Authors = [new("Kim", "Ji")], Container = "Studies in Regions", Publisher = "KAIST" };
        var bib = BibTexWriter.Write([new ReadingListEntry(work, [])]);

        var fields = Fields(bib, "w");
        Assert.Equal(("KAIST", "Studies in Regions"), (fields[publisherField], fields[containerField]));
        Assert.Equal(1, bib.Split("publisher =").Length - 1 + bib.Split("school =").Length - 1 + bib.Split("institution =").Length - 1);
        var sink = new DiagnosticBag();
        var read = BibTexReferences.Read(bib, "w.bib", sink).Single().Work;
        Assert.Equal(("KAIST", type == "phdthesis" ? null : "Studies in Regions"), (read.Publisher, read.Container));
        Assert.Empty(sink.Items);
    }

    private static readonly NetworkDataset Network = new(
        "ds", "Two layers & a parallel tie",
        [new NetworkLayer("uni", "University", "regional", "epistemic", "formal"), new NetworkLayer("trade", "Trade", "global", "economic", "formal")],
        [new NetworkActor("a", "Ann <A>", "person", "north", "North"), new NetworkActor("b", "Ben", "firm", null, null)],
        [
            new NetworkTie("uni/0", "a", "b", "uni", "teaching", 1),
            new NetworkTie("trade/1", "a", "b", "trade", "supply", 2.5),
            new NetworkTie("trade/2", "a", "b", "trade", "payment", 1),
            new NetworkTie(null, "b", "c", "trade", null, 1),
        ]);

    [Fact]
    public void BibTeX_has_one_entry_per_reference_with_balanced_braces_and_escaped_specials()
    {
        var bib = BibTexWriter.Write([Storper, Oecd]);
        var entries = EntryRegex().Matches(bib);
        Assert.Equal(["article:storper1993", "misc:oecd-2010"], entries.Select(m => $"{m.Groups["type"].Value}:{m.Groups["key"].Value}"));
        Assert.Equal(bib.Count(c => c == '{'), bib.Count(c => c == '}'));

        var storper = Fields(bib, "storper1993");
        Assert.Equal("Storper, Michael and Asheim, Bjørn T.", storper["author"]);
        Assert.Equal(@"Regional ""worlds"" of production: learning \& innovation \textbraceleft{}50\%\textbraceright{}", storper["title"]);
        Assert.Equal("Regional Studies", storper["journal"]);
        Assert.Equal("1993", storper["year"]);
        Assert.Equal("10.1080/00343409312331347675", storper["doi"]);
        Assert.Equal("introduced, evidence", storper["keywords"]);

        var oecd = Fields(bib, "oecd-2010");
        Assert.Equal("{OECD} and {Research {and} Development Unit}", oecd["author"]);
        Assert.Equal("https://example.org/a_b", oecd["url"]);
        Assert.False(oecd.ContainsKey("doi"));
    }

    [Fact]
    public void Csl_json_is_an_array_of_items_with_names_dates_and_types()
    {
        using var json = JsonDocument.Parse(CslJsonWriter.Write([Storper, Oecd]));
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("storper1993", items[0].GetProperty("id").GetString());
        Assert.Equal("article-journal", items[0].GetProperty("type").GetString());
        Assert.Equal(Storper.Work.Title, items[0].GetProperty("title").GetString());
        Assert.Equal("Asheim", items[0].GetProperty("author")[1].GetProperty("family").GetString());
        Assert.Equal("Bjørn T.", items[0].GetProperty("author")[1].GetProperty("given").GetString());
        Assert.Equal(1993, items[0].GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
        Assert.Equal("Regional Studies", items[0].GetProperty("container-title").GetString());
        Assert.Equal("10.1080/00343409312331347675", items[0].GetProperty("DOI").GetString());
        Assert.Equal("OECD", items[1].GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal("document", items[1].GetProperty("type").GetString());
    }

    [Fact]
    public void GraphML_declares_its_keys_and_keeps_one_edge_per_tie()
    {
        var doc = XDocument.Parse(GraphMlWriter.Write(Network).ToString());
        XNamespace g = GraphMlWriter.Ns;
        var keys = doc.Root!.Elements(g + "key").ToDictionary(k => (string)k.Attribute("id")!);
        var graph = doc.Root.Element(g + "graph")!;
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));

        var nodes = graph.Elements(g + "node").ToList();
        Assert.Equal(["a", "b", "c"], nodes.Select(n => (string)n.Attribute("id")!)); // c: a tie end that is not an actor
        var edges = graph.Elements(g + "edge").ToList();
        Assert.Equal(4, edges.Count);
        Assert.Equal(4, edges.Select(e => (string)e.Attribute("id")!).Distinct().Count());
        Assert.Equal(3, edges.Count(e => (string?)e.Attribute("source") == "a" && (string?)e.Attribute("target") == "b"));
        // Every data element refers to a declared key for its element kind.
        foreach (var data in doc.Descendants(g + "data"))
            Assert.Equal(data.Parent!.Name.LocalName, (string?)keys[(string)data.Attribute("key")!].Attribute("for"));
        string Data(XElement e, string name) => e.Elements(g + "data").Single(d => (string?)keys[(string)d.Attribute("key")!].Attribute("attr.name") == name).Value;
        Assert.Equal("Ann <A>", Data(nodes[0], "label"));
        Assert.Equal("north", Data(nodes[0], "region"));
        Assert.Equal("trade", Data(edges[1], "layer"));
        Assert.Equal("global", Data(edges[1], "scale"));
        Assert.Equal("2.5", Data(edges[1], "weight"));
        Assert.Equal("supply", Data(edges[1], "resource"));
    }

    [Fact]
    public void Gexf_1_3_has_labelled_nodes_typed_edges_and_declared_attributes()
    {
        var doc = XDocument.Parse(GexfWriter.Write(Network).ToString());
        XNamespace x = GexfWriter.Ns;
        Assert.Equal("1.3", (string?)doc.Root!.Attribute("version"));
        var graph = doc.Root.Element(x + "graph")!;
        var declared = graph.Elements(x + "attributes").ToDictionary(
            a => (string)a.Attribute("class")!, a => a.Elements(x + "attribute").Select(e => (string)e.Attribute("id")!).ToHashSet());
        Assert.Contains("layer", declared["edge"]);
        Assert.Contains("kind", declared["node"]);

        var nodes = graph.Element(x + "nodes")!.Elements(x + "node").ToList();
        Assert.Equal("Ann <A>", (string?)nodes[0].Attribute("label"));
        var edges = graph.Element(x + "edges")!.Elements(x + "edge").ToList();
        Assert.Equal(4, edges.Count);
        Assert.Equal(["uni", "trade", "trade", "trade"], edges.Select(e => (string)e.Attribute("kind")!));
        Assert.Equal("2.5", (string?)edges[1].Attribute("weight"));
        foreach (var edge in edges)
            foreach (var value in edge.Descendants(x + "attvalue"))
                Assert.Contains((string)value.Attribute("for")!, declared["edge"]);
        foreach (var value in nodes.SelectMany(n => n.Descendants(x + "attvalue")))
            Assert.Contains((string)value.Attribute("for")!, declared["node"]);
    }

    /// <summary>Fields of one entry: <c>name = {value},</c> lines, values with nested braces.</summary>
    private static Dictionary<string, string> Fields(string bib, string key)
    {
        var start = bib.IndexOf("{" + key + ",", StringComparison.Ordinal);
        var end = bib.IndexOf("\n}\n", start, StringComparison.Ordinal);
        return FieldRegex().Matches(bib[start..end]).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
    }

    [GeneratedRegex(@"^@(?<type>\w+)\{(?<key>[^,\s]+),$", RegexOptions.Multiline)]
    private static partial Regex EntryRegex();

    [GeneratedRegex(@"^  (?<name>\w+) = \{(?<value>.*)\},$", RegexOptions.Multiline)]
    private static partial Regex FieldRegex();
}
