using System.Text;
using TimKnowledgeGraph.Domain.Content.References;

namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>How each style writes a person's name and a list of names (CSL <c>name</c> and <c>names</c> rules).</summary>
public static class Names
{
    /// <summary>The family name as in-text citations use it; a corporate or single name as it is.</summary>
    public static string Short(PersonName name) => name.Literal ?? name.Family ?? name.Given ?? "";

    /// <summary>
    /// Initials of given names: "Bjørn Terje" → "B. T." (<paramref name="between"/> " ") or "B.T." (""); hyphenated names
    /// keep the hyphen ("Jean-Paul" → "J.-P."); given names already written as initials stay initials.
    /// </summary>
    public static string Initials(string given, string between)
    {
        var words = given.Split([' ', '\t', '.'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(between, words.Select(word =>
            string.Join("-", word.Split('-', StringSplitOptions.RemoveEmptyEntries)
                .Select(part => char.IsLetter(part[0]) ? $"{char.ToUpperInvariant(part[0])}." : part))));
    }

    /// <summary>"Family, G. I." (APA), "Family, G.I." (Harvard), "Family, Given" (Chicago): the inverted form.</summary>
    public static string Inverted(PersonName name, CitationStyle style)
    {
        if (name.Literal is not null || string.IsNullOrEmpty(name.Given)) return Short(name);
        var given = style switch
        {
            CitationStyle.Apa => Initials(name.Given, " "),
            CitationStyle.Harvard => Initials(name.Given, ""),
            _ => name.Given,
        };
        return name.Family is null ? given : $"{name.Family}, {given}";
    }

    /// <summary>"G. I. Family" (APA), "G.I. Family" (Harvard), "Given Family" (Chicago): the direct form.</summary>
    public static string Direct(PersonName name, CitationStyle style)
    {
        if (name.Literal is not null || string.IsNullOrEmpty(name.Given)) return Short(name);
        var given = style switch
        {
            CitationStyle.Apa => Initials(name.Given, " "),
            CitationStyle.Harvard => Initials(name.Given, ""),
            _ => name.Given,
        };
        return name.Family is null ? given : $"{given} {name.Family}";
    }

    /// <summary>
    /// The author list at the head of a reference entry:
    /// APA "A, A., B, B., &amp; C, C." (up to 20; from 21, the first 19, "…" and the last);
    /// Chicago "A, Alan, Bea B, and Cy C" (first inverted; from 11, the first 7 and "et al.");
    /// Harvard "A, A., B, B. and C, C." (from 4, the first and "et al.", italic).
    /// </summary>
    public static StyledText EntryList(IReadOnlyList<PersonName> names, CitationStyle style)
    {
        var text = new StyledTextBuilder();
        var n = names.Count;
        switch (style)
        {
            case CitationStyle.Apa:
            {
                var shown = n >= 21 ? [.. names.Take(19)] : names;
                for (var i = 0; i < shown.Count; i++)
                {
                    if (i > 0) text.Add(i == shown.Count - 1 && n < 21 ? (SerialComma(names) ? ", & " : " & ") : ", ");
                    text.Add(Inverted(shown[i], style));
                }
                if (n >= 21) text.Add(", … ").Add(Inverted(names[^1], style));
                break;
            }
            case CitationStyle.Chicago:
            {
                var shown = n >= 11 ? [.. names.Take(7)] : names;
                for (var i = 0; i < shown.Count; i++)
                {
                    if (i > 0) text.Add(i == shown.Count - 1 && n < 11 ? (SerialComma(names) ? ", and " : " and ") : ", ");
                    text.Add(i == 0 ? Inverted(shown[i], style) : Direct(shown[i], style));
                }
                if (n >= 11) text.Add(", et al.");
                break;
            }
            default:
            {
                if (n >= 4)
                {
                    text.Add(Inverted(names[0], style)).Add(" ").Add("et al.", italic: true);
                    break;
                }
                for (var i = 0; i < n; i++)
                {
                    if (i > 0) text.Add(i == n - 1 ? " and " : ", ");
                    text.Add(Inverted(names[i], style));
                }
                break;
            }
        }
        return text.Build();
    }

    // CSL writes the comma before the last name always (delimiter-precedes-last="always"): for two names it separates
    // the inverted first name ("Rutten, R., & Boekema, F."). Two family names alone have nothing to separate, and
    // "Rutten, & Boekema" reads as a mistake, so there the comma goes.
    private static bool SerialComma(IReadOnlyList<PersonName> names) =>
        names.Count != 2 || (names[0].Literal is null && !string.IsNullOrEmpty(names[0].Given));

    /// <summary>
    /// Editors of the book a chapter is in, direct order: APA "R. Rutten &amp; F. Boekema", Chicago "Roel Rutten and
    /// Frans Boekema", Harvard "R. Rutten and F. Boekema".
    /// </summary>
    public static string DirectList(IReadOnlyList<PersonName> names, CitationStyle style)
    {
        var direct = names.Select(n => Direct(n, style)).ToList();
        var and = style == CitationStyle.Apa ? "&" : "and";
        return direct.Count switch
        {
            0 => "",
            1 => direct[0],
            2 => $"{direct[0]} {and} {direct[1]}",
            // CSL's default delimiter-precedes-last ("contextual"): a comma before the last of three or more.
            _ => string.Join(", ", direct.Take(direct.Count - 1)) + $", {and} {direct[^1]}",
        };
    }

    /// <summary>
    /// The names of an in-text citation: APA "A", "A &amp; B" (parenthetical) or "A and B" (narrative), "A et al." from 3;
    /// Chicago "A and B", "A, B, and C", "A et al." from 4; Harvard "A and B", "A, B and C", "A <i>et al.</i>" from 4.
    /// </summary>
    public static StyledText InText(IReadOnlyList<PersonName> names, CitationStyle style, bool narrative, string? key)
    {
        var text = new StyledTextBuilder();
        var shorts = names.Select(Short).ToList();
        var etAlFrom = style == CitationStyle.Apa ? 3 : 4;
        if (shorts.Count >= etAlFrom)
            return text.Add(shorts[0] + " ", key: key).Add("et al.", italic: style == CitationStyle.Harvard, key: key).Build();
        var and = style == CitationStyle.Apa && !narrative ? "&" : "and";
        var joined = shorts.Count switch
        {
            1 => shorts[0],
            2 => $"{shorts[0]} {and} {shorts[1]}",
            _ => $"{shorts[0]}, {shorts[1]}{(style == CitationStyle.Chicago ? "," : "")} {and} {shorts[2]}",
        };
        return text.Add(joined, key: key).Build();
    }

    /// <summary>Sort key of a name list: family names, then given names, accents folded, case ignored.</summary>
    public static string SortKey(IReadOnlyList<PersonName> names)
    {
        var key = new StringBuilder();
        foreach (var name in names) key.Append(TexText.AsciiFold(Short(name) + " " + (name.Given ?? ""))).Append('\u0001');
        return key.ToString().ToLowerInvariant();
    }
}
