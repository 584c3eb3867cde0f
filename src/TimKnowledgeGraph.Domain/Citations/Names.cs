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

    /// <summary>
    /// "Family, G. I." (APA), "Family, G.I." (Harvard), "Family, Given" (Chicago): the inverted form; a suffix follows
    /// the given names after a comma, as CSL writes a name in sort order ("Lucas, R. E., Jr.").
    /// </summary>
    public static string Inverted(PersonName name, CitationStyle style)
    {
        if (name.Literal is not null || string.IsNullOrEmpty(name.Given)) return Short(name);
        // A dropping particle follows the given names in every style, never initialised ("Beethoven, L. van"): the CSL
        // specification's name-part order for names in sort order, "family, given dropping-particle".
        var given = Given(name.Given, style) + (string.IsNullOrEmpty(name.DroppingParticle) ? "" : " " + name.DroppingParticle);
        // Chicago demotes a particle behind the given names: "Linde, Claas van der" (see DemotesParticle).
        if (DemotesParticle(style, sorting: false) && Particle(name.Family) is ({ Length: > 0 } particle, var rest))
        {
            var demoted = $"{rest}, {given} {particle}";
            return string.IsNullOrEmpty(name.Suffix) ? demoted : $"{demoted}, {name.Suffix}";
        }
        var inverted = name.Family is null ? given : $"{name.Family}, {given}";
        return string.IsNullOrEmpty(name.Suffix) ? inverted : $"{inverted}, {name.Suffix}";
    }

    /// <summary>
    /// A family name's particle and the rest: "van der Linde" → ("van der", "Linde"), "de Gaulle" → ("de", "Gaulle"),
    /// "Storper" → ("", "Storper"). The particle is BibTeX's "von" part, the words before the last that begin with a
    /// lower-case letter (which the readers keep in the family name, as CSL's non-dropping-particle is: "van der Linde,
    /// Claas" and {"non-dropping-particle": "van der", "family": "Linde"} read alike).
    /// </summary>
    public static (string Particle, string Family) Particle(string? family)
    {
        if (string.IsNullOrEmpty(family)) return ("", family ?? "");
        var words = family.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = 0;
        while (count < words.Length - 1 && char.IsLower(words[count][0])) count++;
        return count == 0 ? ("", family) : (string.Join(' ', words[..count]), string.Join(' ', words[count..]));
    }

    /// <summary>
    /// Whether the style moves a particle behind the given names when it writes a name in sort order, or when it sorts.
    /// The styles' <c>demote-non-dropping-particle</c>: apa.csl "never" ("van der Linde, C.", sorted under V);
    /// chicago-author-date.csl "display-and-sort" ("Linde, Claas van der", sorted under L); harvard-cite-them-right.csl
    /// "sort-only" ("van der Linde, C.", sorted under L). In-text citations keep the particle in every style
    /// ("van der Linde 2005").
    /// </summary>
    public static bool DemotesParticle(CitationStyle style, bool sorting) => style switch
    {
        CitationStyle.Chicago => true,
        CitationStyle.Harvard => sorting,
        _ => false,
    };

    /// <summary>
    /// "G. I. Family" (APA), "G.I. Family" (Harvard), "Given Family" (Chicago): the direct form; a suffix after a space
    /// ("R. E. Lucas Jr."), a dropping particle before the family name ("Ludwig van Beethoven").
    /// </summary>
    public static string Direct(PersonName name, CitationStyle style)
    {
        if (name.Literal is not null || string.IsNullOrEmpty(name.Given)) return Short(name);
        // CSL's long form: "given dropping-particle family" ("L. van Beethoven").
        var family = string.IsNullOrEmpty(name.DroppingParticle) ? name.Family : $"{name.DroppingParticle} {name.Family}";
        var direct = name.Family is null ? Given(name.Given, style) : $"{Given(name.Given, style)} {family}";
        return string.IsNullOrEmpty(name.Suffix) ? direct : $"{direct} {name.Suffix}";
    }

    // Given names as the style writes them: initials with a space (APA) or without (Harvard), in full (Chicago).
    private static string Given(string given, CitationStyle style) => style switch
    {
        CitationStyle.Apa => Initials(given, " "),
        CitationStyle.Harvard => Initials(given, ""),
        _ => given,
    };

    /// <summary>
    /// The names a list gives, and whether it ends in BibTeX's <c>and others</c> (<see cref="PersonName.Others"/>):
    /// then there are more than it gives, and the styles write "et al." where the rest would be.
    /// </summary>
    public static (IReadOnlyList<PersonName> Given, bool More) Listed(IReadOnlyList<PersonName> names) =>
        names.Count > 0 && names[^1].IsOthers ? ([.. names.Take(names.Count - 1)], true) : (names, false);

    /// <summary>
    /// The author list at the head of a reference entry:
    /// APA "A, A., B, B., &amp; C, C." (up to 20; from 21, the first 19, "…" and the last);
    /// Chicago "A, Alan, Bea B, and Cy C" (first inverted; from 11, the first 7 and "et al.");
    /// Harvard "A, A., B, B. and C, C." (from 4, the first and "et al.", italic).
    /// A list that ends in <c>and others</c> gives its names and then "et al." (APA "A, A., B, B., et al.", Chicago
    /// "A, Alan, Bea B, et al.", Harvard "A, A., B, B. <i>et al.</i>"), as biblatex prints such a list: the last name
    /// is not known, so neither APA's "&amp; last" nor a complete list can be written.
    /// </summary>
    public static StyledText EntryList(IReadOnlyList<PersonName> all, CitationStyle style)
    {
        var (names, more) = Listed(all);
        if (more) return EntryListWithOthers(names, style);
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

    // The listed names, then "et al." in place of those the source leaves out; a list too long for the style is cut as
    // a complete one would be (Chicago: 7 of 11 or more; Harvard: the first of 4 or more; APA: 19).
    private static StyledText EntryListWithOthers(IReadOnlyList<PersonName> names, CitationStyle style)
    {
        var text = new StyledTextBuilder();
        var (shown, delimiter, etAlItalic) = style switch
        {
            CitationStyle.Apa => (names.Take(19).ToList(), ", ", false),
            CitationStyle.Chicago => (names.Take(names.Count + 1 >= 11 ? 7 : names.Count).ToList(), ", ", false),
            _ => (names.Take(names.Count + 1 >= 4 ? 1 : names.Count).ToList(), " ", true),
        };
        for (var i = 0; i < shown.Count; i++)
        {
            if (i > 0) text.Add(", ");
            text.Add(style == CitationStyle.Chicago && i > 0 ? Direct(shown[i], style) : Inverted(shown[i], style));
        }
        return text.Add(delimiter).Add("et al.", italic: etAlItalic).Build();
    }

    // CSL writes the comma before the last name always (delimiter-precedes-last="always"): for two names it separates
    // the inverted first name ("Rutten, R., & Boekema, F."). Two family names alone have nothing to separate, and
    // "Rutten, & Boekema" reads as a mistake, so there the comma goes.
    private static bool SerialComma(IReadOnlyList<PersonName> names) =>
        names.Count != 2 || (names[0].Literal is null && !string.IsNullOrEmpty(names[0].Given));

    /// <summary>
    /// Editors of the book a chapter is in (APA, Chicago) and translators, direct order: APA "R. Rutten &amp; F. Boekema",
    /// Chicago "Roel Rutten and Frans Boekema", Harvard "R. Rutten and F. Boekema" (Harvard's chapter editors are in sort
    /// order: <c>HarvardEntry</c>).
    /// </summary>
    public static string DirectList(IReadOnlyList<PersonName> all, CitationStyle style)
    {
        var (names, more) = Listed(all);
        var direct = names.Select(n => Direct(n, style)).ToList();
        if (more) return string.Join(", ", direct) + (direct.Count >= 2 ? ", et al." : " et al.");
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
    /// A citation that must be told apart from another (<see cref="CiteForm"/>) shows more names before "et al."
    /// ("Henry, Pinch, et al.") or the first name's initials ("K. Morgan"), as CSL's disambiguation adds them.
    /// A list that ends in <c>and others</c> is always cut to "A et al.": its full length is not known.
    /// </summary>
    public static StyledText InText(IReadOnlyList<PersonName> all, CitationStyle style, bool narrative, string? key, CiteForm form = default)
    {
        var (names, more) = Listed(all);
        var text = new StyledTextBuilder();
        var shorts = names.Select(Short).ToList();
        if (form.FirstInitials && shorts.Count > 0) shorts[0] = WithInitials(names[0]);
        var etAlFrom = style == CitationStyle.Apa ? 3 : 4;
        var shown = form.NamesShown > 0 ? Math.Min(form.NamesShown, shorts.Count) : shorts.Count >= etAlFrom || more ? 1 : shorts.Count;
        if (shown < shorts.Count || more)
        {
            // CSL's contextual delimiter: a comma before "et al." once two or more names stand before it.
            var lead = string.Join(", ", shorts.Take(shown)) + (shown >= 2 ? ", " : " ");
            return text.Add(lead, key: key).Add("et al.", italic: style == CitationStyle.Harvard, key: key).Build();
        }
        var and = style == CitationStyle.Apa && !narrative ? "&" : "and";
        var joined = shorts.Count switch
        {
            1 => shorts[0],
            2 => $"{shorts[0]} {and} {shorts[1]}",
            // A comma before the last of three or more (APA and Chicago; Cite Them Right's Harvard never writes it).
            _ => string.Join(", ", shorts.Take(shorts.Count - 1)) + (style == CitationStyle.Harvard ? "" : ",") + $" {and} {shorts[^1]}",
        };
        return text.Add(joined, key: key).Build();
    }

    // "K. Morgan": every style's short form initialises given names with ". " when it adds them (the dropping particle
    // then stands before the family name, as in the direct form: "L. van Beethoven").
    private static string WithInitials(PersonName name) =>
        name.Literal is null && !string.IsNullOrEmpty(name.Given) && name.Family is not null
            ? string.IsNullOrEmpty(name.DroppingParticle)
                ? $"{Initials(name.Given, " ")} {name.Family}"
                : $"{Initials(name.Given, " ")} {name.DroppingParticle} {name.Family}"
            : Short(name);

    /// <summary>
    /// Sort key of a name list, accents folded, case ignored, in the CSL specification's sort order of name parts: the
    /// family name (with a particle the style does not demote, <see cref="DemotesParticle"/>: "van der Linde" under V
    /// in APA, under L in Chicago and Harvard), then the dropping particle and a demoted particle, then the given
    /// names, then the suffix. "Beethoven, Ludwig van" sorts under B in every style.
    /// </summary>
    public static string SortKey(IReadOnlyList<PersonName> names, CitationStyle style = CitationStyles.Default)
    {
        var key = new StringBuilder();
        foreach (var name in names.Where(n => !n.IsOthers))
        {
            var (particle, rest) = name.Literal is null && DemotesParticle(style, sorting: true) ? Particle(name.Family) : ("", Short(name));
            var particles = string.Join(' ', new[] { name.DroppingParticle ?? "", particle }.Where(p => p.Length > 0));
            key.Append(TexText.AsciiFold(rest + "\u0002" + particles + "\u0002" + (name.Given ?? "") + "\u0002" + (name.Suffix ?? ""))).Append('\u0001');
        }
        return key.ToString().ToLowerInvariant();
    }
}
