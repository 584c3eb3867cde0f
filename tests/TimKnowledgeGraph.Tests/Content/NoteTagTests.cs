using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>
/// Obsidian's <c>tags</c> property in a note's front matter is read, not warned about as an unknown key (every vault
/// has it): with the tags written in the text, each once, it becomes the note's tags.
/// </summary>
public sealed class NoteTagTests
{
    private static (Note Note, DiagnosticBag Sink) Read(string frontMatter, string body = "Text.", NoteKind kind = NoteKind.Concept)
    {
        var sink = new DiagnosticBag();
        var note = NoteReader.Read($"---\nkind: tim\nname: X\n{frontMatter}\n---\n{body}\n", "concepts/x.md", kind, sink)!;
        return (note, sink);
    }

    [Fact]
    public void ShouldReadTheFrontMattersTagsThenTheTextsEachOnce()
    {
        var (note, sink) = Read("tags: [regional-policy, \"#tim/learning\", Regional-Policy]", "Clusters #cluster and #regional-policy again.");

        Assert.Empty(sink.Items);
        Assert.Equal(["regional-policy", "tim/learning", "cluster"], note.Tags);
    }

    [Theory]
    [InlineData("tags: regional-policy, tim/learning")]
    [InlineData("tags: regional-policy tim/learning")]
    [InlineData("tags: \"#regional-policy #tim/learning\"")]
    [InlineData("tags:\n  - regional-policy\n  - tim/learning")]
    public void ShouldReadEveryWayObsidianWritesThem(string frontMatter)
    {
        var (note, sink) = Read(frontMatter);

        Assert.Empty(sink.Items);
        Assert.Equal(["regional-policy", "tim/learning"], note.Tags);
    }

    [Theory]
    [InlineData(NoteKind.Proposition)]
    [InlineData(NoteKind.Critique)]
    public void ShouldReadThemOnEveryKindOfNote(NoteKind kind)
    {
        var (note, sink) = Read("tags: [contested]", kind: kind);

        Assert.DoesNotContain(sink.Items, d => d.Code == DiagnosticCodes.UnknownKey && d.Message.Contains("'tags'"));
        Assert.Equal(["contested"], note.Tags);
    }

    [Fact]
    public void ShouldWarnAboutAnItemThatIsNoTagAndLeaveItOut()
    {
        // A list item is one tag: "two words" is not split as the one-text form is.
        var (note, sink) = Read("tags:\n  - fine\n  - \"2024\"\n  - two words");

        Assert.Equal(["fine"], note.Tags);
        Assert.Collection(sink.Items,
            d => Assert.Equal((DiagnosticCodes.WrongType, Severity.Warning, 6, "'2024'"), (d.Code, d.Severity, d.Location.Line, Quoted(d.Message))),
            d => Assert.Equal((DiagnosticCodes.WrongType, Severity.Warning, 7, "'two words'"), (d.Code, d.Severity, d.Location.Line, Quoted(d.Message))));
    }

    [Fact]
    public void ShouldQuoteAHugeItemThatIsNoTagCut()
    {
        var (note, sink) = Read($"tags: [\"{new string('x', 60_000)}!\"]");

        Assert.Empty(note.Tags);
        var warning = Assert.Single(sink.Items).ToString();
        Assert.InRange(warning.Length, 1, 400);
        Assert.Contains("'xxxx", warning, StringComparison.Ordinal);
        Assert.Contains("… (60,001 characters)'", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldReportAMapAsTheWrongType()
    {
        var (note, sink) = Read("tags: {a: b}");

        Assert.Empty(note.Tags);
        Assert.Equal(DiagnosticCodes.WrongType, Assert.Single(sink.Items).Code);
    }

    private static string Quoted(string message) => message[message.IndexOf('\'', message.IndexOf("holds", StringComparison.Ordinal))..(message.IndexOf("', which", StringComparison.Ordinal) + 1)];
}
