using System.Text;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>
/// Turns BibTeX field text into Unicode: TeX accents (<c>{\"u}</c>, <c>\'e</c>, <c>\c{c}</c>), special letters
/// (<c>{\o}</c>, <c>\ss</c>, <c>{\aa}</c>), escaped symbols (<c>\&amp;</c>), dashes and ties; braces are dropped and
/// formatting commands (<c>\emph{x}</c>) keep just their text.
/// </summary>
internal static class TexText
{
    private static readonly Dictionary<string, char> Accents = new(StringComparer.Ordinal)
    {
        ["'"] = '\u0301', ["`"] = '\u0300', ["^"] = '\u0302', ["\""] = '\u0308', ["~"] = '\u0303',
        ["="] = '\u0304', ["."] = '\u0307', ["u"] = '\u0306', ["v"] = '\u030C', ["H"] = '\u030B',
        ["c"] = '\u0327', ["k"] = '\u0328', ["r"] = '\u030A', ["d"] = '\u0323', ["b"] = '\u0331',
        ["t"] = '\u0361',
    };

    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["o"] = "ø", ["O"] = "Ø", ["ss"] = "ß", ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ", ["AE"] = "Æ",
        ["oe"] = "œ", ["OE"] = "Œ", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð",
        ["DH"] = "Ð", ["th"] = "þ", ["TH"] = "Þ", ["dj"] = "đ", ["DJ"] = "Đ", ["ng"] = "ŋ", ["NG"] = "Ŋ",
        ["textendash"] = "–", ["textemdash"] = "—", ["textquoteright"] = "’", ["textquoteleft"] = "‘",
        ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["textasciitilde"] = "~", ["textbackslash"] = "\\",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["S"] = "§", ["P"] = "¶", ["copyright"] = "©", ["pounds"] = "£",
    };

    /// <summary>Decodes <paramref name="tex"/> to plain Unicode text.</summary>
    public static string ToUnicode(string tex)
    {
        var output = new StringBuilder(tex.Length);
        var i = 0;
        while (i < tex.Length)
        {
            var c = tex[i];
            switch (c)
            {
                case '\\':
                    i = Command(tex, i + 1, output);
                    continue;
                case '{' or '}':
                    break;
                case '~':
                    output.Append(' ');
                    break;
                case '-' when At(tex, i, "---"):
                    output.Append('—');
                    i += 3;
                    continue;
                case '-' when At(tex, i, "--"):
                    output.Append('–');
                    i += 2;
                    continue;
                case '`' when At(tex, i, "``"):
                    output.Append('“');
                    i += 2;
                    continue;
                case '\'' when At(tex, i, "''"):
                    output.Append('”');
                    i += 2;
                    continue;
                default:
                    output.Append(char.IsWhiteSpace(c) ? ' ' : c);
                    break;
            }
            i++;
        }
        var collapsed = string.Join(' ', output.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return LatinDiacritics.Compose(collapsed);
    }

    /// <summary>Removes braces only, for fields that are not prose (DOIs, URLs): <c>{10.1080/x}</c>.</summary>
    public static string StripBraces(string tex) => tex.Replace("{", "").Replace("}", "").Trim();

    // Handles the command after a backslash at 'start'; returns the index after it.
    private static int Command(string tex, int start, StringBuilder output)
    {
        if (start >= tex.Length) return start;
        var first = tex[start];
        if (!char.IsAsciiLetter(first))
        {
            var symbol = first.ToString();
            if (Accents.TryGetValue(symbol, out var mark)) return Accent(tex, start + 1, mark, output);
            // \& \% \$ \# \_ \{ \} stand for themselves; \\ \, \  and the like are spacing.
            output.Append("&%$#_{}".Contains(first) ? first : ' ');
            return start + 1;
        }

        var end = start;
        while (end < tex.Length && char.IsAsciiLetter(tex[end])) end++;
        var name = tex[start..end];
        if (name.Length == 1 && Accents.TryGetValue(name, out var letterAccent))
            return Accent(tex, SkipSpaces(tex, end), letterAccent, output);

        // TeX swallows the spaces after a control word: "Bj\o rn" is "Bjørn".
        var after = SkipSpaces(tex, end);
        if (Letters.TryGetValue(name, out var letter))
        {
            output.Append(letter);
            return after;
        }
        // \emph{x}, \textit{x}, \mkbibquote{x}: the text is the argument, which the brace-dropping keeps.
        return after;
    }

    private static int Accent(string tex, int start, char mark, StringBuilder output)
    {
        var i = start;
        var braced = i < tex.Length && tex[i] == '{';
        if (braced) i++;
        string baseText;
        if (i < tex.Length && tex[i] == '\\')
        {
            // \'{\i}: an accent over a dotless i is just an accented i.
            var end = i + 1;
            while (end < tex.Length && char.IsAsciiLetter(tex[end])) end++;
            var name = tex[(i + 1)..end];
            baseText = name switch { "i" => "i", "j" => "j", _ => Letters.GetValueOrDefault(name, name) };
            i = SkipSpaces(tex, end);
        }
        else if (i < tex.Length && tex[i] != '}')
        {
            baseText = tex[i].ToString();
            i++;
        }
        else
        {
            baseText = "";
        }
        if (braced && i < tex.Length && tex[i] == '}') i++;
        output.Append(baseText).Append(mark);
        return i;
    }

    private static int SkipSpaces(string tex, int i)
    {
        while (i < tex.Length && tex[i] == ' ') i++;
        return i;
    }

    private static bool At(string text, int index, string token) =>
        string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    /// <summary>Folds to lower-case ASCII for ids: "Bjørn Åsheim" → "bjorn asheim". Non-Latin letters are kept.</summary>
    public static string AsciiFold(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var original in text)
        {
            if (LatinDiacritics.IsMark(original)) continue;
            var c = LatinDiacritics.StripMarks(original);
            output.Append(c switch
            {
                'ø' or 'Ø' => "o", 'æ' or 'Æ' => "ae", 'œ' or 'Œ' => "oe", 'ß' => "ss", 'ł' or 'Ł' => "l",
                'đ' or 'Đ' or 'ð' or 'Ð' => "d", 'þ' or 'Þ' => "th", 'ı' => "i", 'ȷ' => "j", 'ŋ' or 'Ŋ' => "ng",
                _ => char.ToLowerInvariant(c).ToString(),
            });
        }
        return output.ToString();
    }
}
