using System.Text;

namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// Quotation marks inside a title, set as citeproc-js sets them (its flip-flop of quotes): each quoted stretch takes the
/// locale's marks for its depth, alternating, and a title the style puts in quotes starts one level down. So a title
/// holding “Mode 2” reads “… ‘Mode 2’ …” in Chicago's quotes (en-US: “ ” outside, ‘ ’ inside) and ‘… “Mode 2” …’ in
/// Harvard's (en-GB: ‘ ’ outside, “ ” inside), and a straight "worlds" in an APA title reads “worlds”. A mark that
/// closes nothing (an apostrophe, Porter's, regions') or opens nothing that closes is kept as written.
/// </summary>
internal static class TitleQuotes
{
    /// <summary>The title with its quoted stretches marked for their depth; <paramref name="quoted"/>: the style quotes the title itself.</summary>
    public static string Nest(string title, CitationStyle style, bool quoted)
    {
        if (title.AsSpan().IndexOfAny("\"'“”‘’") < 0) return title;
        var pairs = new List<(int Open, int Close, int Depth)>();
        var open = new Stack<(int At, bool Double)>();
        for (var i = 0; i < title.Length; i++)
        {
            var c = title[i];
            if (c is not ('"' or '\'' or '“' or '”' or '‘' or '’')) continue;
            var isDouble = c is '"' or '“' or '”';
            var before = i == 0 ? ' ' : title[i - 1];
            var after = i + 1 == title.Length ? ' ' : title[i + 1];
            var opensHere = (char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '-' or '–' or '—' or '/' or '"' or '“' or '‘' or '\'')
                && !char.IsWhiteSpace(after);
            var closesHere = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after));
            // A straight mark opens or closes by where it stands; curly opening marks always open, a closing double
            // mark always closes, and ’ closes only where a word ends (inside a word it is an apostrophe).
            var opener = c is '“' or '‘' || (c is '"' or '\'' && opensHere);
            var closer = c is '”' || (c is '"' or '\'' or '’' && closesHere);
            if (closer && open.Count > 0 && open.Peek().Double == isDouble)
            {
                var (at, _) = open.Pop();
                pairs.Add((at, i, open.Count + 1));
            }
            else if (opener)
            {
                open.Push((i, isDouble));
            }
        }
        if (pairs.Count == 0) return title;
        var chars = new StringBuilder(title);
        foreach (var (start, end, depth) in pairs)
        {
            var level = depth + (quoted ? 1 : 0);
            // Odd levels take the locale's outer marks, even levels its inner ones.
            var outer = style == CitationStyle.Harvard ? ('‘', '’') : ('“', '”');
            var inner = style == CitationStyle.Harvard ? ('“', '”') : ('‘', '’');
            var (o, c) = level % 2 == 1 ? outer : inner;
            chars[start] = o;
            chars[end] = c;
        }
        return chars.ToString();
    }
}
