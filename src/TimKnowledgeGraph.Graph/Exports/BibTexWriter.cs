using System.Globalization;
using System.Text;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Writes a reading list as BibTeX, one entry per reference, keyed by the reference id (its citation key).
/// Values are brace-delimited and escaped so that any text survives: TeX specials become commands, and braces become
/// <c>\textbraceleft{}</c>/<c>\textbraceright{}</c> because BibTeX counts braces even after a backslash, so <c>\{</c>
/// alone would unbalance the entry. Non-ASCII text is written as UTF-8 (biber and modern BibTeX read it).
/// </summary>
public static class BibTexWriter
{
    /// <summary>The BibTeX text for the entries, in the given order.</summary>
    public static string Write(IEnumerable<ReadingListEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            if (text.Length > 0) text.Append('\n');
            WriteEntry(text, entry);
        }
        return text.ToString();
    }

    private static void WriteEntry(StringBuilder text, ReadingListEntry entry)
    {
        var work = entry.Work;
        var type = ReferenceTypes.BibTex(work.Type);
        text.Append('@').Append(type).Append('{').Append(Key(work.Key)).Append(",\n");
        var fields = new List<(string Name, string? Value)>
        {
            ("author", Names(work.Authors)),
            // Of an edited book, or of the book a chapter (@incollection) appeared in: BibTeX's editor is either.
            ("editor", Names(work.Editors)),
            ("translator", Names(work.Translators)),
            // Protected texts in braces, as Zotero's BibTeX export writes its nocase spans: read back, they stay protected.
            ("title", Protected(work.Title, work)),
            // A newspaper's or magazine's article is an @article with biblatex's entrysubtype, read back as such.
            ("entrysubtype", ReferenceTypes.EntrySubtype(work.Type)),
            (ReferenceTypes.ContainerField(type), Protected(work.Container, work)),
            ("edition", Text(work.Edition)),
            // year for BibTeX; the month and day in biblatex's date (which biblatex and our reader prefer to year), so
            // that date = {2002-03} comes back as it went: BibTeX's month field alone would lose a day.
            ("year", work.Year?.ToString(CultureInfo.InvariantCulture)),
            ("date", WorkDates.Issued(work) is { Length: > 4 } date ? date : null),
            ("origdate", work.OriginalYear?.ToString(CultureInfo.InvariantCulture)),
            ("volume", Text(work.Volume)),
            ("number", Text(work.Issue)),
            ("pages", work.Pages is null ? null : Escape(Ranges.Joined(work.Pages, "--"))),
            (ReferenceTypes.PublisherField(type), Text(work.Publisher)),
            ("address", Text(work.Place)),
            // DOIs and URLs are verbatim fields in biblatex and url.sty: only braces and backslashes need care there.
            ("doi", work.Doi is null ? null : Verbatim(work.Doi)),
            ("url", work.Url is null ? null : Verbatim(work.Url)),
            ("urldate", work.Accessed is null ? null : Escape(work.Accessed)),
            // A thesis's or report's kind in words (Better BibTeX writes Zotero's "Type" there too).
            ("type", Text(work.Genre)),
            // biblatex wants a language name (american, ngerman), not the tag CSL-JSON gives (en-US, de-DE).
            ("langid", Text(LanguageNames.Langid(work.Language))),
            ("keywords", entry.Roles.Count == 0 ? null : Escape(string.Join(", ", entry.Roles))),
        };
        foreach (var (name, value) in fields.Where(f => f.Value is not null))
            text.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        text.Append("}\n");
    }

    private static string? Names(IReadOnlyList<PersonName> names) => names.Count == 0 ? null : string.Join(" and ", names.Select(Author));

    private static string? Text(string? value) => value is null ? null : Escape(value);

    private static string? Protected(string? value, CitedWork work) =>
        value is null ? null : CaseProtection.Wrap(value, work.CaseProtected, Escape, "{", "}");

    /// <summary>A citation key BibTeX accepts: no whitespace, commas, braces, quotes, #, %, ~ or backslashes.</summary>
    public static string Key(string id)
    {
        var key = new StringBuilder(id.Length);
        foreach (var ch in id)
            key.Append(char.IsWhiteSpace(ch) || ch is ',' or '{' or '}' or '"' or '#' or '%' or '~' or '\\' or '\'' or '(' or ')' or '=' ? '-' : ch);
        return key.Length == 0 ? "ref" : key.ToString();
    }

    /// <summary>
    /// One author: a person as "Family, Given" or "Family, Jr., Given" (BibTeX reads them as last, first and last, jr,
    /// first); a single or corporate name is wrapped in braces so BibTeX does not split it into first and last names.
    /// A dropping particle ends the given part, "Beethoven, Ludwig van": how Zotero's own BibTeX export writes a creator
    /// whose first name is "Ludwig van" (lastName, firstName), which Zotero's citeproc-js reads back as a dropping
    /// particle, as our readers do (<see cref="PersonName.WithGivenParticle"/>). Better BibTeX instead writes it as a
    /// von part, "van Beethoven, Ludwig" (its _enc_creators_bibtex), which BibTeX and our readers take for a
    /// non-dropping particle, printed "van Beethoven, L." in APA: the given part keeps the name as it was read.
    /// </summary>
    public static string Author(PersonName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.IsOthers) return "others"; // BibTeX's own word, unbraced: in braces it would be a name
        if (name.Literal is not null || string.IsNullOrEmpty(name.Given))
            return "{" + ProtectAnd(Escape((name.Literal ?? name.Family ?? "").Trim())) + "}";
        var parts = new[] { name.Family, name.Suffix, name.GivenWithParticle }.Where(p => !string.IsNullOrWhiteSpace(p));
        // A comma inside a part would end it early: braces keep it in.
        return string.Join(", ", parts.Select(p => ProtectAnd(Escape(p!.Trim())).Replace(",", "{,}", StringComparison.Ordinal)));
    }

    // " and " inside one name would be read as a separator: protect it with braces.
    private static string ProtectAnd(string escaped) => escaped.Replace(" and ", " {and} ", StringComparison.Ordinal);

    /// <summary>Escapes TeX specials in ordinary text.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            text.Append(ch switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\r' or '\n' or '\t' => " ",
                _ => ch.ToString(),
            });
        }
        return text.ToString();
    }

    private static string Verbatim(string value) =>
        value.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal)
             .Replace("\\", "%5C", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
}
