namespace TimKnowledgeGraph.Domain.Citations;

/// <summary>
/// A work's language in the two spellings of its two export formats. CSL-JSON's <c>language</c> is a BCP 47 tag
/// (<c>en-US</c>, <c>de</c>); biblatex's <c>langid</c> is a babel/polyglossia language name (<c>american</c>, <c>ngerman</c>),
/// and biblatex stops on a tag ("Language 'en' not known"). Zotero's Better BibTeX translates between the two on export
/// and import; the pairs here are those of babel's language names that biblatex knows (its <c>.lbx</c> files). A value
/// that is in neither column is written as it was read.
/// </summary>
public static class LanguageNames
{
    // (BCP 47 tag, biblatex langid). The first row of a tag is the name written for it; the first row of a name is the tag.
    private static readonly (string Tag, string Name)[] Pairs =
    [
        ("en", "english"), ("en-US", "american"), ("en-GB", "british"), ("en-CA", "canadian"), ("en-AU", "australian"),
        ("en-NZ", "newzealand"), ("en-US", "USenglish"), ("en-GB", "UKenglish"),
        ("de", "german"), ("de-DE", "ngerman"), ("de-AT", "naustrian"), ("de-AT", "austrian"), ("de-CH", "nswissgerman"), ("de-CH", "swissgerman"),
        ("fr", "french"), ("it", "italian"), ("es", "spanish"), ("pt", "portuguese"), ("pt-PT", "portuguese"), ("pt-BR", "brazilian"),
        ("nl", "dutch"), ("sv", "swedish"), ("da", "danish"), ("nb", "norsk"), ("no", "norsk"), ("nn", "nynorsk"), ("fi", "finnish"),
        ("is", "icelandic"), ("pl", "polish"), ("cs", "czech"), ("sk", "slovak"), ("sl", "slovene"), ("hr", "croatian"),
        ("sr", "serbian"), ("bg", "bulgarian"), ("ru", "russian"), ("uk", "ukrainian"), ("el", "greek"), ("hu", "magyar"), ("hu", "hungarian"),
        ("ro", "romanian"), ("et", "estonian"), ("lv", "latvian"), ("lt", "lithuanian"), ("ca", "catalan"), ("eu", "basque"),
        ("gl", "galician"), ("tr", "turkish"), ("he", "hebrew"), ("la", "latin"), ("ga", "irish"), ("cy", "welsh"),
        ("ja", "japanese"), ("ko", "korean"), ("zh", "chinese"), ("ar", "arabic"), ("hi", "hindi"),
    ];

    /// <summary>The biblatex <c>langid</c> for <paramref name="language"/>: a tag's name (the tag, else its language without
    /// region: <c>fr-CA</c> → <c>french</c>); a name, or anything else, as written.</summary>
    public static string? Langid(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return language;
        var text = language.Trim();
        if (NameOf(text) is { } name) return name;
        var dash = text.IndexOfAny(['-', '_']);
        return dash > 0 && NameOf(text[..dash]) is { } primary ? primary : text;
    }

    /// <summary>The BCP 47 tag for <paramref name="language"/>, CSL-JSON's <c>language</c>: a biblatex name's tag; a tag, or anything else, as written.</summary>
    public static string? Tag(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return language;
        var text = language.Trim();
        foreach (var (tag, name) in Pairs)
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase)) return tag;
        return text;
    }

    private static string? NameOf(string tag)
    {
        foreach (var (t, name) in Pairs)
            if (string.Equals(t, tag, StringComparison.OrdinalIgnoreCase)) return name;
        return null;
    }
}
