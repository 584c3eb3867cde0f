using System.Text;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Content;

public sealed class CslJsonReaderTests
{
    // As Zotero's "Export Library… → CSL JSON" writes it (with Better BibTeX adding citation-key).
    private const string ZoteroExport = """
        [
        	{
        		"id": "http://zotero.org/users/123/items/ABCD1234",
        		"type": "article-journal",
        		"abstract": "Ignored.",
        		"container-title": "Regional Studies",
        		"DOI": "10.1080/00343400701232322",
        		"ISSN": "0034-3404",
        		"issue": "8",
        		"page": "1149-1160",
        		"source": "Taylor and Francis+NEJM",
        		"title": "The strength of weak lock-ins: the renewal of the Westmünsterland textile industry",
        		"volume": "41",
        		"author": [
        			{ "family": "Hassink", "given": "Robert" },
        			{ "literal": "OECD" },
        			{ "family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van" }
        		],
        		"issued": { "date-parts": [["2007", 10, 1]] },
        		"citation-key": "hassink2007"
        	},
        	{
        		"id": "morgan1997",
        		"type": "article-journal",
        		"title": "The learning region",
        		"issued": { "date-parts": [[1997]] }
        	}
        ]
        """;

    [Fact]
    public void ShouldReadZoteroExport()
    {
        var sink = new DiagnosticBag();
        var records = CslJsonReader.Read(Encoding.UTF8.GetBytes(ZoteroExport), "references/lib.json", sink);

        Assert.Empty(sink.Items);
        Assert.Equal(["hassink2007", "morgan1997"], records.Select(r => r.Id));
        var hassink = records[0];
        Assert.Equal("article-journal", hassink.Work.Type);
        Assert.Equal(2007, hassink.Work.Year);
        Assert.Equal("Regional Studies", hassink.Work.Container);
        Assert.Equal("10.1080/00343400701232322", hassink.Work.Doi);
        Assert.Equal(["hassink-r", "oecd", "van-beethoven-l"], hassink.Authors.Select(a => a.Id));
        Assert.Equal(new SourceLocation("references/lib.json", 2, 2), hassink.At);
        Assert.Equal(22, records[1].At.Line);
    }

    [Fact]
    public void ShouldReportJsonErrorsWithLineAndColumn()
    {
        const string json = "[\n  {\"id\": \"a\"},\n  {\"id\": \"b\" \"title\": \"x\"}\n]";
        var sink = new DiagnosticBag();
        var records = CslJsonReader.Read(Encoding.UTF8.GetBytes(json), "r.json", sink);

        Assert.Equal(["a"], records.Select(r => r.Id));
        var error = Assert.Single(sink.Items);
        Assert.Equal("TKG004", error.Code);
        Assert.Equal(new SourceLocation("r.json", 3, 14), error.Location);
    }

    [Fact]
    public void ShouldReportItemsWithoutKey()
    {
        var sink = new DiagnosticBag();
        CslJsonReader.Read("\uFEFF[{\"title\": \"no id\"}]"u8.ToArray(), "r.json", sink);
        Assert.Equal("TKG010", Assert.Single(sink.Items).Code);
    }

    [Fact]
    public void ShouldSayWhenAnItemGivesAMemberTwiceAndKeepTheLastAsJsonReadersDo()
    {
        // It was silent: the first id was lost and the citations of it failed with nothing to say why.
        var sink = new DiagnosticBag();
        var record = Assert.Single(CslJsonReader.Read("""[{"id": "good5", "id": "dupid", "title": "A", "title": "B", "type": "book"}]"""u8.ToArray(), "r.json", sink));

        Assert.Equal(("dupid", "B"), (record.Id, record.Work.Title));
        Assert.Equal(["r.json:1:2: warning TKG017: CSL-JSON item has 'id' more than once; the last is kept, as JSON readers (citeproc-js, Zotero) keep it",
            "r.json:1:2: warning TKG017: CSL-JSON item has 'title' more than once; the last is kept, as JSON readers (citeproc-js, Zotero) keep it"],
            sink.Items.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("{\"id\": \"x2\", \"title\": \"bad \\ud800\"}", 28, "\\ud800")] // a high half at the end of the string
    [InlineData("{\"id\": \"x2\", \"title\": \"bad \\ud800\\u0041\"}", 28, "\\ud800")] // a high half before a non-surrogate
    [InlineData("{\"id\": \"x2\", \"title\": \"bad \\udc00 lone\"}", 28, "\\udc00")] // a low half alone
    [InlineData("{\"id\": \"x2\", \"t\\\\\\udc00\": \"key\"}", 18, "\\udc00")] // in a key, after an escaped backslash
    public void ShouldReportALoneSurrogateEscapeWhereItIsAndKeepTheOtherItems(string item, int column, string escape)
    {
        var json = "[{\"id\": \"x1\", \"title\": \"a\"},\n" + item + ",\n{\"id\": \"x3\", \"title\": \"\\ud83d\\ude00 \\\\ud800\"}]";
        var sink = new DiagnosticBag();

        var records = CslJsonReader.Read(Encoding.UTF8.GetBytes(json), "r.json", sink);

        Assert.Equal(["x1", "x3"], records.Select(r => r.Id));
        Assert.Equal("\U0001F600 \\ud800", records[1].Work.Title);
        var error = Assert.Single(sink.Items);
        Assert.Equal(("TKG004", new SourceLocation("r.json", 2, column)), (error.Code, error.Location));
        Assert.StartsWith($"found the escape '{escape}', half of a UTF-16 surrogate pair without its other half; expected a whole pair", error.Message);
    }

    [Theory]
    [InlineData("[{\"id\": \"x1\"}]\n[{\"id\": \"x2\"}]\n", 2, 1)]
    [InlineData("[{\"id\": \"x1\"}] garbage", 1, 16)]
    [InlineData("[{\"id\": \"x1\"}]\n// a comment\n{}", 3, 1)]
    public void ShouldReportContentAfterTheArray(string json, int line, int column)
    {
        var sink = new DiagnosticBag();

        var records = CslJsonReader.Read(Encoding.UTF8.GetBytes(json), "r.json", sink);

        Assert.Equal(["x1"], records.Select(r => r.Id));
        var error = Assert.Single(sink.Items);
        Assert.Equal(("TKG004", new SourceLocation("r.json", line, column)), (error.Code, error.Location));
        Assert.StartsWith("found more after the array of items (", error.Message);
        Assert.EndsWith("expected the end of the file: a CSL-JSON file is one array (merge the arrays into one)", error.Message);
    }

    [Fact]
    public void ShouldAcceptWhitespaceAndCommentsAfterTheArray()
    {
        var sink = new DiagnosticBag();
        var records = CslJsonReader.Read("[{\"id\": \"x1\"}]\n  /* exported */\n\n"u8.ToArray(), "r.json", sink);
        Assert.Empty(sink.Items);
        Assert.Equal(["x1"], records.Select(r => r.Id));
    }

    [Fact]
    public void ShouldReadAtMostTheLimitOfItemsAndReportTheFirstOneBeyond()
    {
        var max = ContentLimits.MaxReferencesPerFile;
        var json = "[\n" + string.Join(",\n", Enumerable.Range(0, max + 5).Select(i => $"{{\"id\": \"k{i}\"}}")) + "\n]";
        var sink = new DiagnosticBag();

        var records = CslJsonReader.Read(Encoding.UTF8.GetBytes(json), "r.json", sink);

        Assert.Equal(max, records.Count);
        Assert.Equal($"k{max - 1}", records[^1].Id);
        var error = Assert.Single(sink.Items);
        Assert.Equal(("TKG090", new SourceLocation("r.json", max + 2, 1)), (error.Code, error.Location));
        Assert.Equal($"found more than {max} items in this file, expected at most {max}; this item and the ones after it are not read (split the library into several files)", error.Message);
    }
}
