using System.Text;

namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>
/// Just enough lexing of Cypher to look at its keywords: comments and string literals are blanked out (replaced by spaces,
/// so positions stay put) so that a word inside a string such as <c>'CREATE INDEX'</c> is never mistaken for a command.
/// </summary>
internal static class CypherText
{
    public static string WithoutCommentsAndStrings(string query)
    {
        var text = new StringBuilder(query.Length);
        var i = 0;
        while (i < query.Length)
        {
            var ch = query[i];
            if (ch == '/' && i + 1 < query.Length && query[i + 1] == '/')
            {
                while (i < query.Length && query[i] != '\n') { text.Append(' '); i++; }
            }
            else if (ch == '/' && i + 1 < query.Length && query[i + 1] == '*')
            {
                var end = query.IndexOf("*/", i + 2, StringComparison.Ordinal);
                var stop = end < 0 ? query.Length : end + 2;
                text.Append(' ', stop - i);
                i = stop;
            }
            else if (ch is '\'' or '"')
            {
                // A string literal; backslash escapes the next character. The quotes stay so that tokens remain separated.
                text.Append(ch);
                i++;
                while (i < query.Length && query[i] != ch)
                {
                    if (query[i] == '\\' && i + 1 < query.Length) { text.Append(' '); i++; }
                    text.Append(' ');
                    i++;
                }
                if (i < query.Length) { text.Append(ch); i++; }
            }
            else
            {
                text.Append(ch);
                i++;
            }
        }
        return text.ToString();
    }
}
