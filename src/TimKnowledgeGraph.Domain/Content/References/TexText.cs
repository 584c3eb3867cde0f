using System.Text;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>
/// Turns BibTeX field text into Unicode: TeX accents (<c>{\"u}</c>, <c>\'e</c>, <c>\c{c}</c>), special letters
/// (<c>{\o}</c>, <c>\ss</c>, <c>{\aa}</c>), Greek letters and common symbols, in math (<c>$\alpha$</c>, as Better
/// BibTeX exports them) or not, text symbols (<c>\textunderscore</c>, <c>\guillemotleft</c>), escaped symbols
/// (<c>\&amp;</c>), dashes and ties; braces and math shifts are dropped, formatting commands (<c>\emph{x}</c>) keep just
/// their text, quoting commands (<c>\mkbibquote{x}</c>, <c>\enquote{x}</c>) give “x”, and <c>\noopsort{x}</c> (a sorting
/// trick) gives nothing. Any other command is left out and named to the caller, who reports it.
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
        // Text symbols (LaTeX's textcomp and fontenc names; BibTexWriter writes the first five).
        ["textbraceleft"] = "{", ["textbraceright"] = "}", ["textasciicircum"] = "^", ["textunderscore"] = "_",
        ["textdollar"] = "$", ["textless"] = "<", ["textgreater"] = ">", ["textbar"] = "|", ["textquotesingle"] = "'",
        ["textquotedbl"] = "\"", ["guillemotleft"] = "«", ["guillemotright"] = "»", ["guillemetleft"] = "«",
        ["guillemetright"] = "»", ["guilsinglleft"] = "‹", ["guilsinglright"] = "›", ["quotedblbase"] = "„",
        ["quotesinglbase"] = "‚", ["textellipsis"] = "…", ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯",
        ["textperiodcentered"] = "·", ["textbullet"] = "•", ["textdagger"] = "†", ["textregistered"] = "®",
        ["texttrademark"] = "™", ["textcopyright"] = "©", ["textdegree"] = "°", ["texteuro"] = "€", ["euro"] = "€",
        ["textsection"] = "§", ["textparagraph"] = "¶", ["textexclamdown"] = "¡", ["textquestiondown"] = "¿",
        // Greek letters and math symbols, as in $\alpha$-innovation, $R^2$, $\geq$ 10.
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ",
        ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ",
        ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω", ["times"] = "×", ["cdot"] = "·", ["pm"] = "±", ["mp"] = "∓",
        ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈",
        ["sim"] = "∼", ["infty"] = "∞", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←",
        ["leftrightarrow"] = "↔", ["Rightarrow"] = "⇒", ["partial"] = "∂", ["sum"] = "∑", ["prod"] = "∏",
        ["in"] = "∈", ["circ"] = "∘", ["prime"] = "′",
    };

    // Commands that only format their argument (kept, without the formatting) or do nothing visible.
    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "emph", "textit", "textbf", "textsc", "textrm", "textsf", "texttt", "textup", "textsl", "textmd", "textnormal",
        "mkbibemph", "mkbibitalic", "mkbibbold", "nocase", "NoCaseChange", "ensuremath", "mbox", "hbox", "text",
        "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "mathnormal", "url", "protect", "relax", "unskip", "xspace",
        "ignorespaces", "em", "it", "bf", "sc", "rm", "sf", "tt", "upshape", "itshape", "bfseries", "scshape",
        "normalfont", "newblock", "par", "left", "right", "displaystyle", "textstyle", "hyphen", "allowbreak",
    };

    // Commands whose first argument is not text: \noopsort{a}Title sorts as "a" and prints "Title"; \href{url}{text}.
    private static readonly HashSet<string> ArgumentDropped = new(StringComparer.Ordinal) { "noopsort", "href" };

    // Commands that quote their argument.
    private static readonly HashSet<string> Quoting = new(StringComparer.Ordinal) { "mkbibquote", "enquote", "textquote" };

    /// <summary>Decodes <paramref name="tex"/> to plain Unicode text; commands it does not know are added to <paramref name="unknown"/>.</summary>
    public static string ToUnicode(string tex, ICollection<string>? unknown = null) =>
        LatinDiacritics.Compose(string.Join(' ', Decode(tex, unknown).Split(' ', StringSplitOptions.RemoveEmptyEntries)));

    // Braces still open that end something when they close: a quotation (“…”) or an argument that is not text, whose
    // output is cut back to where it began. Kept as a stack rather than by recursion, so that nesting costs no stack
    // and every character is looked at once.
    private sealed class Arguments
    {
        public int Depth;
        public Stack<(int Depth, int DropFrom)> Closers { get; } = new();

        public void Open(int dropFrom) => Closers.Push((Depth + 1, dropFrom));
    }

    // The text of 'tex', spaces not yet collapsed.
    private static string Decode(string tex, ICollection<string>? unknown)
    {
        var arguments = new Arguments();
        var output = new StringBuilder(tex.Length);
        var i = 0;
        while (i < tex.Length)
        {
            var c = tex[i];
            switch (c)
            {
                case '\\':
                    i = Command(tex, i + 1, output, unknown, arguments);
                    continue;
                case '{':
                    arguments.Depth++;
                    break;
                case '}':
                    if (arguments.Closers.TryPeek(out var closer) && closer.Depth == arguments.Depth)
                    {
                        arguments.Closers.Pop();
                        if (closer.DropFrom >= 0) output.Length = closer.DropFrom;
                        else output.Append('”');
                    }
                    if (arguments.Depth > 0) arguments.Depth--;
                    break;
                // Math shifts ($\alpha$, $$x$$) are not text; an escaped \$ is (Command).
                case '$':
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
        return output.ToString();
    }

    /// <summary>
    /// The texts of <paramref name="tex"/> that braces protect from case changes (BibTeX's rule: a group at the field's top
    /// level, <c>{Silicon Valley}</c>, <c>{the Third Italy}</c>), decoded; a group opening with a command
    /// (<c>{\"u}</c>, <c>{\emph x}</c>) is markup, not protection. Zotero's BibTeX import writes these as
    /// <c>&lt;span class="nocase"&gt;</c>, which citeproc's case conversions leave as written.
    /// </summary>
    public static IReadOnlyList<string> Protected(string tex)
    {
        List<string>? kept = null;
        var depth = 0;
        var start = -1;
        for (var i = 0; i < tex.Length; i++)
        {
            switch (tex[i])
            {
                case '\\':
                    i++; // an escaped brace (\{) opens nothing
                    break;
                case '{':
                    if (depth++ == 0) start = i + 1 < tex.Length && tex[i + 1] != '\\' ? i + 1 : -1;
                    break;
                case '}' when depth > 0:
                    if (--depth == 0 && start >= 0 && ToUnicode(tex[start..i]) is { Length: > 0 } text) (kept ??= []).Add(text);
                    break;
            }
        }
        return kept ?? [];
    }

    /// <summary>Removes braces only, for fields that are not prose (DOIs, URLs): <c>{10.1080/x}</c>.</summary>
    public static string StripBraces(string tex) => tex.Replace("{", "").Replace("}", "").Trim();

    // Handles the command after a backslash at 'start'; returns the index after it.
    private static int Command(string tex, int start, StringBuilder output, ICollection<string>? unknown, Arguments arguments)
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
            // A symbol keeps the space after it: "$R^2 \geq 0.5$" reads "R^2 ≥ 0.5", as math spacing sets it.
            return char.IsLetter(letter[0]) ? after : end;
        }
        var argument = after < tex.Length && tex[after] == '{';
        if (Quoting.Contains(name) && argument)
        {
            output.Append('“');
            arguments.Open(dropFrom: -1);
        }
        else if (ArgumentDropped.Contains(name) && argument)
        {
            arguments.Open(dropFrom: output.Length);
        }
        // \emph{x}, \textit{x}: the text is the argument, which the brace-dropping keeps. Anything else is left out
        // (its argument, if any, kept as text) and named.
        else if (!Formatting.Contains(name))
        {
            unknown?.Add("\\" + name);
        }
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
