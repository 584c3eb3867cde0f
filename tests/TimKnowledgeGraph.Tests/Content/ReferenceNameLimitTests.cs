using System.Text;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>
/// References may list at most 10,000 names each and 300,000 in a file, and CSL-JSON strings are as long as a BibTeX
/// value may be: one CSL-JSON item with a million authors (20 MB) took validation to 2.1 GB, a 20 M-character title 130 MB.
/// </summary>
public sealed class ReferenceNameLimitTests
{
    private static string CslItem(string id, int authors, string role = "author") =>
        $"{{\"id\": \"{id}\", \"{role}\": [" + string.Join(",", Enumerable.Range(0, authors).Select(i => $"{{\"family\": \"F{i}\"}}")) + "]}";

    private static IReadOnlyList<ReferenceRecord> ReadCsl(string json, DiagnosticBag sink) =>
        CslJsonReader.Read(Encoding.UTF8.GetBytes(json), "r.json", sink);

    [Theory]
    [InlineData("author")]
    [InlineData("editor")]
    public void A_CSL_item_keeps_the_first_10000_names_and_says_it_lists_more(string role)
    {
        var sink = new DiagnosticBag();

        var record = Assert.Single(ReadCsl($"[\n{CslItem("big", NameLimit.PerReference + 1, role)}\n]", sink));

        var names = role == "author" ? record.Work.Authors : record.Work.Editors;
        Assert.Equal((NameLimit.PerReference, "F9999"), (names.Count, names[^1].Family));
        Assert.Equal($"r.json:2:1: error TKG090: this reference lists more than 10,000 {role}s, expected at most 10,000; the rest are not read",
            Assert.Single(sink.Items).ToString());
    }

    [Fact]
    public void A_CSL_item_of_the_limit_is_read_whole()
    {
        var sink = new DiagnosticBag();

        var record = Assert.Single(ReadCsl($"[{CslItem("full", NameLimit.PerReference)}]", sink));

        Assert.Equal(NameLimit.PerReference, record.Authors.Count);
        Assert.Empty(sink.Items);
    }

    [Fact]
    public void A_file_stops_reading_names_past_300000_and_says_so_once()
    {
        var items = NameLimit.PerFile / NameLimit.PerReference + 2; // 32 items of 10,000 authors
        var json = "[\n" + string.Join(",\n", Enumerable.Range(0, items).Select(i => CslItem($"k{i}", NameLimit.PerReference))) + "\n]";
        var sink = new DiagnosticBag();

        var records = ReadCsl(json, sink);

        Assert.Equal(items, records.Count); // the items are read; their names past the limit are not
        Assert.Equal(NameLimit.PerFile, records.Sum(r => r.Authors.Count));
        Assert.Equal([0, 0], records.TakeLast(2).Select(r => r.Authors.Count));
        Assert.Equal("r.json:32:1: error TKG090: the references of this file list more than 300,000 authors and editors, expected at most " +
            "300,000; from this reference on they are not read (split the library into several files)", Assert.Single(sink.Items).ToString());
    }

    [Fact]
    public void A_BibTeX_entry_keeps_the_first_10000_authors_and_says_it_lists_more()
    {
        var authors = string.Join(" and ", Enumerable.Range(0, NameLimit.PerReference + 1).Select(i => $"F{i}, G"));
        var sink = new DiagnosticBag();

        var record = Assert.Single(BibTexReferences.Read($"@book{{big,\n  author = {{{authors}}}\n}}\n", "r.bib", sink));

        Assert.Equal(NameLimit.PerReference, record.Authors.Count);
        Assert.Equal("r.bib:1:1: error TKG090: this reference lists more than 10,000 authors, expected at most 10,000; the rest are not read",
            Assert.Single(sink.Items).ToString());
    }

    [Fact]
    public void A_CSL_string_longer_than_a_BibTeX_value_skips_its_item()
    {
        var title = new string('t', ContentLimits.MaxBibValueChars + 1);
        var sink = new DiagnosticBag();

        var records = ReadCsl($"[\n{{\"id\": \"long\", \"title\": \"{title}\"}},\n{{\"id\": \"short\", \"title\": \"{title[1..]}\"}}\n]", sink);

        Assert.Equal("short", Assert.Single(records).Id);
        Assert.Equal("r.json:2:25: error TKG090: found a string longer than 1,048,576 characters, expected at most 1,048,576 " +
            "(as for a BibTeX value); the item is skipped", Assert.Single(sink.Items).ToString());
    }

    [Fact]
    public void Escapes_count_as_the_characters_they_stand_for()
    {
        // 600,000 é written as \u00e9: 3.6 MB of JSON, 600,000 characters, under the limit.
        var title = string.Concat(Enumerable.Repeat("\\u00e9", 600_000));
        var sink = new DiagnosticBag();

        var record = Assert.Single(ReadCsl($"[{{\"id\": \"escaped\", \"title\": \"{title}\"}}]", sink));

        Assert.Equal(600_000, record.Work.Title!.Length);
        Assert.Empty(sink.Items);
    }
}
