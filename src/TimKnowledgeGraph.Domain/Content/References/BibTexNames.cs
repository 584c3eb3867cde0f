namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>
/// Splits a BibTeX name list (<c>author</c>) into people: <c>and</c>-separated, each in <c>First von Last</c>,
/// <c>von Last, First</c> or <c>von Last, Jr, First</c> form; a name wholly in braces (<c>{World Bank}</c>) is one
/// literal name. <c>and others</c> at the end (more names than listed) is kept as <see cref="PersonName.Others"/>;
/// elsewhere, or alone, it says nothing and is dropped.
/// </summary>
internal static class BibTexNames
{
    /// <summary>Parses a raw (still TeX) name list.</summary>
    public static IReadOnlyList<PersonName> Parse(string raw)
    {
        var names = new List<PersonName>();
        var parts = SplitTopLevel(raw, IsAndAt);
        for (var i = 0; i < parts.Count; i++)
        {
            var name = parts[i].Trim();
            if (name.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                if (i == parts.Count - 1 && names.Count > 0) names.Add(PersonName.Others);
                continue;
            }
            if (name.Length == 0) continue;
            names.Add(ParseOne(name));
        }
        return names;
    }

    private static PersonName ParseOne(string name)
    {
        if (IsWhollyBraced(name)) return new PersonName(null, null, TexText.ToUnicode(name));

        var commaParts = SplitTopLevel(name, (s, i) => s[i] == ',' ? 1 : 0).Select(p => p.Trim()).ToList();
        if (commaParts.Count >= 2)
        {
            // "von Last, First" or "von Last, Jr, First": the given name is the last part, a suffix the middle one.
            var given = TexText.ToUnicode(commaParts[^1]);
            var suffix = commaParts.Count >= 3 ? TexText.ToUnicode(string.Join(", ", commaParts[1..^1])) : "";
            // Lower-case words ending the given names ("Beethoven, Ludwig van") are a dropping particle, as Zotero reads them.
            return PersonName.WithGivenParticle(TexText.ToUnicode(commaParts[0]), given.Length == 0 ? null : given,
                suffix.Length == 0 ? null : suffix);
        }

        var words = SplitTopLevel(name, (s, i) => char.IsWhiteSpace(s[i]) ? 1 : 0)
            .Where(w => w.Length > 0).ToList();
        if (words.Count == 1) return new PersonName(TexText.ToUnicode(words[0]), null);

        // "First von Last": the family starts at the first lower-case (von) word after the first word, else is the last word.
        var familyStart = words.Count - 1;
        for (var i = 1; i < words.Count - 1; i++)
        {
            if (IsLowerCaseWord(words[i])) { familyStart = i; break; }
        }
        return new PersonName(
            TexText.ToUnicode(string.Join(' ', words[familyStart..])),
            TexText.ToUnicode(string.Join(' ', words[..familyStart])));
    }

    private static bool IsLowerCaseWord(string word) =>
        word[0] != '{' && TexText.ToUnicode(word) is { Length: > 0 } text && char.IsLower(text[0]);

    private static bool IsWhollyBraced(string text)
    {
        if (text.Length < 2 || text[0] != '{' || text[^1] != '}') return false;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0 && i < text.Length - 1) return false;
        }
        return true;
    }

    // " and " between names, at brace depth 0, any case; returns the separator length to skip.
    private static int IsAndAt(string s, int i)
    {
        if (i == 0 || !char.IsWhiteSpace(s[i - 1]) || i + 4 > s.Length) return 0;
        if (!s.AsSpan(i, 3).Equals("and", StringComparison.OrdinalIgnoreCase) || !char.IsWhiteSpace(s[i + 3])) return 0;
        return 3;
    }

    private static List<string> SplitTopLevel(string text, Func<string, int, int> separatorAt)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}') depth--;
            else if (depth == 0 && separatorAt(text, i) is > 0 and var length)
            {
                parts.Add(text[start..i]);
                start = i + length;
                i = start - 1;
            }
        }
        parts.Add(text[start..]);
        return parts;
    }
}
