namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>
/// An author as a reference gives them: family and given names (and a suffix such as "Jr."), or one literal
/// (corporate) name, which is never split.
/// </summary>
public sealed record PersonName(string? Family, string? Given, string? Literal = null, string? Suffix = null)
{
    // BibTeX's own word for the names a list leaves out.
    private const string OthersWord = "others";

    /// <summary>
    /// BibTeX's <c>and others</c> at the end of a name list ("Huang, Kexin and others", as Google Scholar exports it):
    /// there are more names than the list gives. Kept at the end of the list, stored as BibTeX writes it, and written
    /// "et al." by every style (<see cref="Citations.Names"/>); never an author of its own.
    /// </summary>
    public static PersonName Others { get; } = new(null, null) { IsOthers = true };

    /// <summary>True for <see cref="Others"/>.</summary>
    public bool IsOthers { get; private init; }

    /// <summary>
    /// CSL's dropping particle: the "van" of "Ludwig van Beethoven", which is written after the given names in sort
    /// order ("Beethoven, Ludwig van"), before the family name in direct order, and never in an in-text citation or the
    /// sort key's family name ("Beethoven"). Unlike a particle kept in <see cref="Family"/> (CSL's non-dropping particle,
    /// "van der Linde"), it is not part of the family name. Null for most names.
    /// </summary>
    public string? DroppingParticle { get; init; }

    /// <summary>The given names and the dropping particle after them, as Zotero keeps them in one field: "Ludwig van".</summary>
    public string? GivenWithParticle => string.IsNullOrEmpty(DroppingParticle) ? Given : $"{Given} {DroppingParticle}";

    /// <summary>How a reader sees the name: "Family, Given", "Family, Given, Jr.", "Family", or the literal name.</summary>
    public string DisplayName => IsOthers ? OthersWord : Literal ?? (string.IsNullOrEmpty(Given)
        ? Family ?? ""
        : string.IsNullOrEmpty(Suffix) ? $"{Family}, {GivenWithParticle}" : $"{Family}, {GivenWithParticle}, {Suffix}");

    /// <summary>
    /// A person from a family name and given names that may end in a dropping particle, as Zotero stores one (first
    /// name "Ludwig van", last name "Beethoven") and BibTeX writes it ("Beethoven, Ludwig van"): the trailing words of
    /// the given names that begin with a lower-case letter become <see cref="DroppingParticle"/>, as citeproc-js's
    /// parseParticles reads a Zotero creator's first name (Zotero's Utilities_Item.creatorConvItemToCSLJSON runs it on
    /// every creator), so {"given": "Ludwig", "dropping-particle": "van"} and "Beethoven, Ludwig van" are one name.
    /// At least one given name stays: "Beethoven, van" keeps "van" as its given name.
    /// </summary>
    public static PersonName WithGivenParticle(string? family, string? given, string? suffix = null)
    {
        if (string.IsNullOrEmpty(given) || string.IsNullOrEmpty(family)) return new PersonName(family, given, Suffix: suffix);
        var words = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Length;
        while (kept > 1 && char.IsLower(words[kept - 1][0])) kept--;
        return kept == words.Length
            ? new PersonName(family, given, Suffix: suffix)
            : new PersonName(family, string.Join(' ', words[..kept]), Suffix: suffix) { DroppingParticle = string.Join(' ', words[kept..]) };
    }

    /// <summary>
    /// The name as the graph stores it in a Reference's <c>authors</c> and <c>editors</c>, in BibTeX's own forms so that
    /// it reads back whole (<see cref="FromStored"/>): "Family, Given", "Family, Jr., Given", "Family", and a literal
    /// name with a comma in braces ("{Ministry of Economic Affairs, Agriculture and Innovation}"), as BibTeX keeps a
    /// corporate name from being split into family and given names.
    /// </summary>
    public string StoredName
    {
        get
        {
            if (IsOthers) return OthersWord;
            if (Literal is not null) return NeedsBraces(Literal) ? "{" + Literal + "}" : Literal;
            if (string.IsNullOrEmpty(Given)) return NeedsBraces(Family ?? "") ? "{" + Family + "}" : Family ?? "";
            return string.IsNullOrEmpty(Suffix) ? $"{Family}, {GivenWithParticle}" : $"{Family}, {Suffix}, {GivenWithParticle}";
        }
    }

    /// <summary>
    /// One stored name (<see cref="StoredName"/>): "{…}" is a literal name; otherwise "Family, Given", "Family, Suffix,
    /// Given" (BibTeX's "von Last, Jr, First") or a single name (a family name, or a corporate name without a comma).
    /// </summary>
    public static PersonName FromStored(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Trim();
        if (text == OthersWord) return Others;
        if (text.Length >= 2 && text[0] == '{' && text[^1] == '}') return new PersonName(null, null, text[1..^1]);
        var parts = text.Split(',', 3, StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            1 => new PersonName(text, null),
            2 => WithGivenParticle(parts[0], parts[1].Length == 0 ? null : parts[1]),
            _ => WithGivenParticle(parts[0], parts[2].Length == 0 ? null : parts[2], parts[1].Length == 0 ? null : parts[1]),
        };
    }

    // A comma would split the name when read back; a leading brace would be taken for the braces of a literal; a name
    // that is BibTeX's "others" would be read back as the names left out.
    private static bool NeedsBraces(string name) =>
        name.Contains(',', StringComparison.Ordinal) || name.StartsWith('{') || name.Equals(OthersWord, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The Author node id: <c>&lt;family&gt;-&lt;initials&gt;</c>, ASCII-folded and lower-case ("Bjørn Asheim" → <c>asheim-b</c>);
    /// just the family without a given name; a suffix after the initials (<c>lucas-re-jr</c>); a literal name as a slug.
    /// </summary>
    public string Id
    {
        get
        {
            if (Literal is not null) return Slug(Literal);
            var family = Slug(Family ?? "");
            var initials = string.Concat((Given ?? "")
                .Split([' ', '.', '-', '\u2010'], StringSplitOptions.RemoveEmptyEntries)
                .Select(part => Slug(part).FirstOrDefault())
                .Where(c => c != default));
            var id = initials.Length == 0 ? family : $"{family}-{initials}";
            return string.IsNullOrEmpty(Suffix) || Slug(Suffix).Length == 0 ? id : $"{id}-{Slug(Suffix)}";
        }
    }

    private static string Slug(string text)
    {
        var folded = TexText.AsciiFold(text);
        var chars = folded.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
