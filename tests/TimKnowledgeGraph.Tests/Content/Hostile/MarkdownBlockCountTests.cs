using System.Diagnostics;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content.Hostile;

/// <summary>
/// Markdig's time is quadratic in the setext headings and link reference definitions of one note: a note of 800 KB,
/// <c>a\n=\n</c> 200,000 times, took 45 s and 360 MB to validate (a 1 MiB one, a minute per parse, and a load parses
/// twice). Past <see cref="ContentLimits.MaxMarkdownReplacedBlocks"/> such lines the note is refused before Markdig
/// reads it, and a page shows it as text.
/// </summary>
public sealed class MarkdownBlockCountTests
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Theory]
    [InlineData("a\n=\n", 2)]
    [InlineData("a\n---\n", 2)]
    [InlineData("> a\n> =\n", 2)]
    [InlineData("[r]: /u\n\n", 2)]
    public void ShouldRefuseANoteWithMoreSetextHeadingsOrDefinitionsThanTheLimitBeforeParsingIt(string unit, int linesPerUnit)
    {
        var body = Repeat(unit, 60_000);
        using var content = HostileContent.With("concepts/c.md", "---\nkind: concept\nname: M\n---\n" + body);
        var watch = Stopwatch.StartNew();

        var d = HostileContent.Single(content);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"validation took {watch.Elapsed}");
        Assert.Equal(DiagnosticCodes.TooLarge, d.Code);
        // The first counted line past the limit: the limit + 1st unit's counted line (the second of each unit but a definition's).
        var unitLines = unit.Count(c => c == '\n');
        var counted = unit.StartsWith('[') ? 1 : linesPerUnit;
        Assert.Equal(5 + ContentLimits.MaxMarkdownReplacedBlocks * unitLines + counted - 1, d.Location.Line);
        Assert.Contains("more than 10,000 setext heading underlines", d.Message);
    }

    [Fact]
    public void ShouldReadANoteWithinTheLimit()
    {
        var body = Repeat("Heading\n=======\n\nText.\n\n---\n\n", 3_000) + Repeat("[r]: /u\n", 500);
        using var content = HostileContent.With("concepts/c.md", "---\nkind: concept\nname: M\n---\n" + body);

        Assert.Empty(HostileContent.Load(content));
    }

    [Fact]
    public void ShouldRenderANoteOverTheLimitAsTextQuickly()
    {
        var watch = CpuClock.StartNew();

        var html = NoteMarkdown.ToHtml(Repeat("a\n=\n", 200_000));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"rendering took {watch.Elapsed}");
        Assert.DoesNotContain("<h1", html, StringComparison.Ordinal);
    }
}
