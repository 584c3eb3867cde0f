using System.Text;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>
/// The markup CSL-JSON allows in titles (the CSL specification's "rich text": <c>&lt;i&gt;</c>, <c>&lt;b&gt;</c>,
/// <c>&lt;sup&gt;</c>, <c>&lt;sub&gt;</c>, <c>&lt;sc&gt;</c>, small-caps, <c>nodecor</c> and <c>nocase</c> spans, as
/// citeproc-js reads them and Zotero's CSL-JSON export writes them), read off the text: the text without the tags, and
/// what <c>&lt;span class="nocase"&gt;</c> protects from case changes. Anything else written in angle brackets is text.
/// </summary>
internal static class CslRichText
{
    private const string NoCase = "<span class=\"nocase\">";

    // Opening tags and whether they protect; "</span>" closes any span, the others close their own tag.
    private static readonly (string Tag, bool Protects)[] Openers =
    [
        (NoCase, true), ("<span class=\"nodecor\">", false), ("<span style=\"font-variant:small-caps;\">", false),
        ("<span style=\"font-variant: small-caps;\">", false), ("<i>", false), ("<b>", false), ("<sup>", false),
        ("<sub>", false), ("<sc>", false),
    ];

    private static readonly string[] Closers = ["</i>", "</b>", "</sup>", "</sub>", "</sc>"];

    /// <summary>The text without its markup, and the texts its <c>nocase</c> spans hold (empty when none).</summary>
    public static (string Text, IReadOnlyList<string> Protected) Read(string value)
    {
        if (!value.Contains('<')) return (value, []);
        var text = new StringBuilder(value.Length);
        var spans = new Stack<bool>(); // open spans: whether each protects
        var protectedFrom = -1; // where the outermost open nocase span's text starts
        List<string>? kept = null;
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] == '<')
            {
                if (Openers.FirstOrDefault(o => At(value, i, o.Tag)) is { Tag: not null } opener)
                {
                    if (opener.Tag.StartsWith("<span", StringComparison.Ordinal))
                    {
                        if (opener.Protects && protectedFrom < 0) protectedFrom = text.Length;
                        spans.Push(opener.Protects);
                    }
                    i += opener.Tag.Length;
                    continue;
                }
                if (At(value, i, "</span>") && spans.TryPop(out _))
                {
                    if (protectedFrom >= 0 && !spans.Contains(true))
                    {
                        if (text.Length > protectedFrom) (kept ??= []).Add(text.ToString(protectedFrom, text.Length - protectedFrom));
                        protectedFrom = -1;
                    }
                    i += "</span>".Length;
                    continue;
                }
                if (Closers.FirstOrDefault(c => At(value, i, c)) is { } closer)
                {
                    i += closer.Length;
                    continue;
                }
            }
            text.Append(value[i++]);
        }
        // A nocase span never closed protects to the end, as citeproc-js reads it.
        if (protectedFrom >= 0 && text.Length > protectedFrom) (kept ??= []).Add(text.ToString(protectedFrom, text.Length - protectedFrom));
        return (text.ToString(), kept ?? []);
    }

    private static bool At(string text, int index, string token) =>
        string.Compare(text, index, token, 0, token.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
