using System.Text;

namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// Where a work's protected texts (<see cref="CitedWork.CaseProtected"/>: BibTeX's braced groups, CSL-JSON's
/// <c>&lt;span class="nocase"&gt;</c>) stand in one of its titles: for title case, which leaves them as written
/// (<see cref="TitleCase"/>), and for the exports, which write them back as braces or nocase spans so that a round trip
/// keeps them.
/// </summary>
public static class CaseProtection
{
    /// <summary>
    /// The protected texts a work keeps, as read from its fields: each once, the first <see cref="CitedWork.MaxCaseProtected"/>.
    /// </summary>
    public static IReadOnlyList<string> Kept(IEnumerable<string> found) =>
        [.. found.Distinct(StringComparer.Ordinal).Take(CitedWork.MaxCaseProtected)];

    /// <summary>Which characters of <paramref name="text"/> fall within a protected text (wherever it occurs); null when none do.</summary>
    public static bool[]? Mask(string text, IReadOnlyList<string>? protectedTexts)
    {
        if (protectedTexts is not { Count: > 0 }) return null;
        bool[]? kept = null;
        foreach (var part in protectedTexts)
        {
            if (part.Length == 0) continue;
            for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
                Array.Fill(kept ??= new bool[text.Length], true, at, part.Length);
        }
        return kept;
    }

    /// <summary>
    /// <paramref name="text"/> with every run of protected characters between <paramref name="open"/> and
    /// <paramref name="close"/>, each part passed through <paramref name="escape"/> (the format's escaping of plain text).
    /// </summary>
    public static string Wrap(string text, IReadOnlyList<string>? protectedTexts, Func<string, string> escape, string open, string close)
    {
        if (Mask(text, protectedTexts) is not { } kept) return escape(text);
        var output = new StringBuilder(text.Length + 16);
        for (var start = 0; start < text.Length;)
        {
            var end = start;
            while (end < text.Length && kept[end] == kept[start]) end++;
            var part = escape(text[start..end]);
            output.Append(kept[start] ? open + part + close : part);
            start = end;
        }
        return output.ToString();
    }
}
