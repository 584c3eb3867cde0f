using System.Text;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Reading;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>
/// A diagnostic is at the same line and column whatever the file's lines end with: "\n", "\r\n" or a lone "\r"
/// (CommonMark, so Markdig, and YAML count a lone carriage return as a line ending, and editors show one). In a note
/// written with lone carriage returns, a wiki-link on line 7 was reported at 1:58 while its front matter was placed right.
/// </summary>
public sealed class LineEndingTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void ShouldPlaceEveryDiagnosticOfANoteAtItsLineAndColumn(string end)
    {
        string Lines(params string[] lines) => string.Join(end, lines) + end;
        using var content = new TempContent()
            .With("concepts/c.md", Lines("---", "kind: concept", "name: C", "bogus: 1", "---", "line one", "line two [[nosuch]]", "", "and [@nobody, p. 3] too"), keepLineEndings: true)
            .With("concepts/deep.md", Lines("---", "kind: concept", "name: Deep", "---", "First.", "", new string('>', 200) + " deep"), keepLineEndings: true)
            .With("concepts/links.md", Lines("---", "kind: concept", "name: Links", "---", "First.", "", "> " + string.Concat(Enumerable.Repeat("[a](", 30_000))), keepLineEndings: true)
            .With("references/refs.bib", Lines("@book{a,", "  title = {A}", "}", "", "@book{b", "  title = {B}", "}"), keepLineEndings: true);

        var diagnostics = ContentPipeline.Load(content.Root).Diagnostics.Select(d => $"{d.Location} {d.Code}").Order(StringComparer.Ordinal);

        Assert.Equal(
        [
            "concepts/c.md:4:1 TKG013",    // front matter (YAML)
            "concepts/c.md:7:10 TKG023",   // a wiki-link
            "concepts/c.md:9:6 TKG024",    // a citation
            "concepts/deep.md:7:202 TKG091",  // nested deepest after the 200 markers
            "concepts/links.md:7:3 TKG090",
            "references/refs.bib:6:3 TKG003",
        ], diagnostics);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void ShouldPlaceAByteThatIsNotUtf8AtItsLine(string end)
    {
        var note = string.Join(end, "---", "kind: concept", "name: C", "---", "", "", "Caf\u00e9 au lait") + end;
        using var content = Hostile.HostileContent.With("concepts/c.md", Encoding.Latin1.GetBytes(note));

        var d = Hostile.HostileContent.Single(content);

        Assert.Equal($"concepts/c.md:7:4 {DiagnosticCodes.NotUtf8}", $"{d.Location} {d.Code}");
    }

    [Fact]
    public void ShouldCountACarriageReturnAndLineFeedCutByTheUtf8ChecksBlocksOnce()
    {
        // Utf8Check decodes 64 KiB at a time: here the first block ends with the "\r", the next starts with the "\n".
        var header = "---\r\nkind: concept\r\nname: C\r\n---\r\n";
        var note = header + new string('x', (64 << 10) - 1 - header.Length) + "\r\nCaf\u00e9\r\n";

        var check = Utf8Check.Find(new MemoryStream(Encoding.Latin1.GetBytes(note)), "c.md");

        Assert.Equal(new SourceLocation("c.md", 6, 4), check.Invalid);
    }

    [Theory]
    [InlineData("a\nb", 2, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\rb", 2, 1)]
    [InlineData("a\n\rb", 3, 1)]      // a line feed, then a lone carriage return: two line endings
    [InlineData("a\r\r\nb", 3, 1)]
    [InlineData("a\r\n\r\nxb", 3, 2)]
    public void ShouldCountEveryLineEndingOnceInLineIndex(string text, int line, int column) =>
        Assert.Equal(new SourceLocation("f", line, column), new LineIndex(text, "f").At(text.IndexOf('b', StringComparison.Ordinal)));
}
