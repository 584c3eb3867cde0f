using System.Text;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Specs;

/// <summary>
/// The two source texts the corpus is written from (<c>../shared/seeds/</c> beside the repository; under CI,
/// <c>shared/</c> sits beside the clone), normalised for quote comparison.
/// </summary>
public static class SourceTexts
{
    /// <summary>The seeds folder: <c>shared/seeds</c> next to the repository root.</summary>
    public static string Folder => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds"));

    /// <summary>Whether the seeds are there.</summary>
    public static bool Available => Directory.Exists(Folder) && Directory.EnumerateFiles(Folder, "*.txt").Any();

    /// <summary>
    /// Every seed text, normalised three times: as it is; with a word broken at a line end joined ("com-\npletely"
    /// reads "completely", "post-\nFordist" reads "post-Fordist"); and with every line-end hyphen kept ("socio-\ncultural"
    /// reads "socio-cultural"). The layout cannot tell a broken word from a hyphenated compound, so either reading counts.
    /// </summary>
    public static IReadOnlyList<string> Normalised() =>
    [
        .. Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal).SelectMany(file =>
        {
            var text = File.ReadAllText(file);
            return new[] { Normalise(text), Normalise(JoinLineEndHyphens(text, keepHyphen: false)), Normalise(JoinLineEndHyphens(text, keepHyphen: true)) };
        }),
    ];

    /// <summary>
    /// Whitespace runs become one space; typographic quotes, dashes and the ellipsis become their ASCII forms, so a
    /// note may write 'strategic coupling' for ‘strategic coupling’. Nothing else is changed: a quote must be the
    /// text's own words in the text's order.
    /// </summary>
    public static string Normalise(string text)
    {
        var output = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = output.Length > 0;
                continue;
            }
            if (space) output.Append(' ');
            space = false;
            output.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => "'",
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => "\"",
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => "-",
                '\u2026' => "...",
                _ => c.ToString(),
            });
        }
        return output.ToString();
    }

    // A hyphen at a line end joins the two lines' words: dropped before a lower-case letter unless keepHyphen (a broken
    // word, "vol-\nume"), kept otherwise (a compound, "post-\nFordist").
    private static string JoinLineEndHyphens(string text, bool keepHyphen)
    {
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '-' && i > 0 && char.IsLetter(text[i - 1]))
            {
                var j = i + 1;
                while (j < text.Length && text[j] is ' ' or '\t' or '\r') j++;
                if (j < text.Length && text[j] == '\n')
                {
                    j++;
                    while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
                    if (j < text.Length && char.IsLetter(text[j]))
                    {
                        if (keepHyphen || !char.IsLower(text[j])) output.Append('-');
                        i = j - 1;
                        continue;
                    }
                }
            }
            output.Append(text[i]);
        }
        return output.ToString();
    }
}
