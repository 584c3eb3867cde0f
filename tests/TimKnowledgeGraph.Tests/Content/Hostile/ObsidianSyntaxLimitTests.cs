using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content.Hostile;

/// <summary>
/// Callouts and footnotes by the hundred thousand: nested, they are refused by the nesting and scan limits the rest of
/// Markdown has (never a stack overflow); side by side, they are read and rendered in linear time.
/// </summary>
public sealed class ObsidianSyntaxLimitTests
{
    private const string FrontMatter = "---\nkind: framework\nname: X\n---\n";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData("> ", "[!note] ", "")]
    [InlineData("> ", "[!warning]- ", "")]
    [InlineData("^[", "", "]")]
    public void ShouldRefuseAHundredThousandNestedWithOneDiagnosticAndRenderThemAsText(string open, string innermost, string close)
    {
        var body = string.Concat(Enumerable.Repeat(open, 100_000)) + innermost + "deep" + string.Concat(Enumerable.Repeat(close, 100_000));
        var sink = new DiagnosticBag();
        var watch = CpuClock.StartNew();

        Assert.Null(NoteMarkdown.TryParse(FrontMatter + body, "concepts/x.md", sink));
        var html = NoteMarkdown.ToHtml(body);

        Assert.True(watch.Elapsed < Bound, $"{watch.Elapsed}");
        Assert.Contains(Assert.Single(sink.Items).Code, new[] { DiagnosticCodes.TooDeep, DiagnosticCodes.TooLarge });
        Assert.StartsWith("<pre>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldReadAndRenderAHundredThousandFootnoteReferencesInLinearTime()
    {
        var body = string.Concat(Enumerable.Repeat("a[^1] ", 100_000)) + "\n\n[^1]: The note.\n";
        var watch = CpuClock.StartNew();

        var note = NoteReader.Read(FrontMatter + body, "concepts/x.md", NoteKind.Concept, new DiagnosticBag());
        var html = NoteMarkdown.ToHtml(body);

        Assert.True(watch.Elapsed < Bound, $"{watch.Elapsed}");
        Assert.NotNull(note);
        Assert.Contains("href=\"#note-fnref:100000\"", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<li id="));
    }

    [Theory]
    [InlineData("^[see [[alpha]]] ")]
    [InlineData("> [!tip] [[alpha]]\n\n")]
    public void ShouldReadAndRenderFiftyThousandSideBySideInLinearTime(string one)
    {
        var body = string.Concat(Enumerable.Repeat(one, 50_000));
        var watch = CpuClock.StartNew();

        var note = NoteReader.Read(FrontMatter + body, "concepts/x.md", NoteKind.Concept, new DiagnosticBag())!;
        var html = NoteMarkdown.ToHtml(body, new NoteLinks { WikiLinkHref = t => "/concepts/" + t });

        Assert.True(watch.Elapsed < Bound, $"{watch.Elapsed}");
        Assert.Equal(body.Split("[[alpha]]").Length - 1, note.WikiLinks.Count);
        Assert.Equal(note.WikiLinks.Count, html.Split("href=\"/concepts/alpha\"").Length - 1);
    }

    [Fact]
    public void ShouldMatchFootnoteBracketsPastAThousandUnclosedCodeSpansInNearLinearTime()
    {
        // Runs of 1 to 1,400 backticks, none closed: a scan for each run's closer would read the paragraph 1,400 times.
        var ticks = string.Join(" ", Enumerable.Range(1, 1_400).Select(n => new string('`', n)));
        var body = "a^[" + ticks + "] b^[two]";
        var watch = CpuClock.StartNew();

        var html = NoteMarkdown.ToHtml(body);

        Assert.True(watch.Elapsed < Bound, $"{watch.Elapsed}");
        Assert.Contains("<li id=\"note-fn:2\"><p>two ", html);
    }
}
