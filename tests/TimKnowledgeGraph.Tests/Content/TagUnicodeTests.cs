using System.Globalization;
using System.Text;
using CsCheck;
using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Content.Unicode;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>
/// A tag is made of letters in every script, not only those of one UTF-16 unit without combining marks: Hindi, Thai
/// and Tamil write vowels as marks (हिन्दी), an accent may be decomposed (cafe + U+0301, as macOS often writes it),
/// and CJK Extension B letters (𠀀) are two UTF-16 units. Each was cut at its first mark or surrogate: "#हिन्दी" became
/// the tag "ह" and the rest plain text, a front-matter tag was refused as "no tag".
/// </summary>
public sealed class TagUnicodeTests
{
    [Theory]
    [InlineData("हिन्दी")]            // Devanagari: vowel sign (Mc) and virama (Mn)
    [InlineData("ภาษาไทย")]           // Thai: vowel marks (Mn)
    [InlineData("cafe\u0301", "caf\u00E9")] // a decomposed accent: read whole, and in NFC as every id
    [InlineData("𠀀漢字")]             // a CJK Extension B letter (a surrogate pair)
    [InlineData("नि\u200dर्माण")]     // a zero-width joiner inside a word (Unicode's join controls are word characters)
    public void ShouldReadAWholeTagInAnyScript(string tag, string? composed = null)
    {
        var expected = composed ?? tag;
        var sink = new DiagnosticBag();
        var note = NoteReader.Read($"---\nkind: tim\nname: X\ntags: [\"{tag}\"]\n---\nText #{tag} end.\n", "concepts/x.md", NoteKind.Concept, sink)!;

        Assert.Empty(sink.Items);
        Assert.Equal([expected], note.Tags);
        Assert.Contains($"<span class=\"tag\">#{expected}</span> end.", NoteMarkdown.ToHtml($"Text #{tag} end."));
    }

    // Any run of letters, marks and digits (of any plane) with a letter is one tag, read whole in the text and in the front matter (in NFC).
    private static readonly Gen<string> WordRune = Gen.Int[0, 0x2FFFF]
        .Where(cp => cp is < 0xD800 or > 0xDFFF)
        .Select(cp => new Rune(cp))
        .Where(r => Rune.GetUnicodeCategory(r) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.DecimalDigitNumber)
        .Select(r => r.ToString());

    [Fact]
    public void ShouldReadEveryRunOfLettersMarksAndDigitsWhole()
    {
        Gen.Select(Gen.Char['a', 'z'], WordRune.Array[0, 8]).Sample((first, rest) =>
        {
            var tag = first + string.Concat(rest);
            var sink = new DiagnosticBag();
            var note = NoteReader.Read($"---\nkind: tim\nname: X\ntags: [\"{tag}\"]\n---\nText #{tag} end.\n", "concepts/x.md", NoteKind.Concept, sink)!;
            return sink.Items.Count == 0 && note.Tags.SequenceEqual([Identifier.Normalize(tag)]);
        }, iter: 2_000);
    }
}
