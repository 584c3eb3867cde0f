using System.Text.RegularExpressions;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.Unicode;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>Reads a .bib file into <see cref="ReferenceRecord"/>s. Fields Zotero adds (file, abstract, keywords...) are ignored.</summary>
internal static partial class BibTexReferences
{
    /// <summary>
    /// Parses <paramref name="text"/> and converts each entry as it is read; a file with <c>crossref</c> fields is read
    /// whole first, since a parent entry comes after its children (BibTeX's rule), and each child takes what it lacks from
    /// its parent (<see cref="WithInherited"/>).
    /// </summary>
    public static IReadOnlyList<ReferenceRecord> Read(string text, string file, IDiagnosticSink sink)
    {
        var names = new NameLimit();
        if (!text.Contains("crossref", StringComparison.OrdinalIgnoreCase))
            return BibTexParser.Parse(text, file, sink, entry => ToRecord(entry, names, sink));
        var entries = BibTexParser.Parse(text, file, sink);
        var byKey = new Dictionary<string, BibEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries) byKey.TryAdd(entry.Key, entry);
        return [.. entries.Select(entry => ToRecord(WithInherited(entry, byKey, sink), names, sink))];
    }

    // What a child takes from the entry its crossref names, when it lacks them: the parent's date, editors, publisher,
    // place, volume and language (BibTeX inherits every missing field; biblatex maps a few, and these are the ones a
    // chapter's entry is formatted from); the parent's title becomes the child's booktitle (biblatex: title → booktitle).
    // The parent's author and title are never the child's own.
    private static readonly string[] Inherited =
        ["date", "year", "month", "day", "editor", "publisher", "institution", "organization", "school", "location", "address", "volume", "langid", "language"];

    private static BibEntry WithInherited(BibEntry entry, Dictionary<string, BibEntry> byKey, IDiagnosticSink sink)
    {
        if (entry.Get("crossref") is not { } crossref) return entry;
        var key = TexText.StripBraces(crossref.Raw);
        if (!byKey.TryGetValue(key, out var parent) || ReferenceEquals(parent, entry))
        {
            sink.Report(Diagnostic.Warning(crossref.At, Validation.DiagnosticCodes.UnknownId,
                $"entry '{entry.Key}': crossref '{key}' names no other entry in this file; nothing is inherited (BibTeX looks the parent up in the same file)"));
            return entry;
        }
        var fields = entry.Fields.ToList();
        fields.AddRange(Inherited.Where(name => entry.Get(name) is null).Select(parent.Get).OfType<BibField>());
        if (entry.Get("booktitle") is null && entry.Get("journaltitle") is null && entry.Get("journal") is null
            && (parent.Get("booktitle") ?? parent.Get("title")) is { } book)
            fields.Add(book with { Name = "booktitle" });
        return entry with { Fields = fields };
    }

    /// <summary>
    /// Converts one entry: <c>journaltitle</c>/<c>journal</c>/<c>booktitle</c> is the container, <c>date</c> wins over
    /// <c>year</c> (<see cref="BibTexDates"/>).
    /// </summary>
    public static ReferenceRecord ToRecord(BibEntry entry, NameLimit names, IDiagnosticSink sink)
    {
        var issued = BibTexDates.Issued(entry, sink);
        return new(new CitedWork
        {
            Key = Identifier.Normalize(entry.Key), // the Reference's id, in NFC as every id
            Type = TypeOf(entry),
            Title = Text(entry, sink, "title"),
            Year = issued?.Year,
            Month = issued?.Month,
            Day = issued?.Day,
            Authors = entry.Get("author") is { } author ? names.Keep(BibTexNames.Parse(author.Raw), "author", entry.At, sink) : [],
            // A book's or a report's series is what the export writes their container as (BibTexWriter).
            Container = Text(entry, sink, "journaltitle") ?? Text(entry, sink, "journal") ?? Text(entry, sink, "booktitle")
                ?? (entry.Type is "book" or "proceedings" or "techreport" or "report" ? Text(entry, sink, "series") : null),
            Editors = entry.Get("editor") is { } editor ? names.Keep(BibTexNames.Parse(editor.Raw), "editor", entry.At, sink) : [],
            Volume = Text(entry, sink, "volume"),
            Issue = Text(entry, sink, "number") ?? Text(entry, sink, "issue"),
            Pages = Text(entry, sink, "pages"),
            // Who issued a work with no publisher: a report's institution, a thesis's school, a manual's organisation
            // (as Zotero's BibTeX import and biblatex's CSL mapping read them).
            Publisher = Text(entry, sink, "publisher") ?? Text(entry, sink, "institution") ?? Text(entry, sink, "school") ?? Text(entry, sink, "organization"),
            Place = Text(entry, sink, "location") ?? Text(entry, sink, "address"),
            Doi = DoiText.Normalise(Plain(entry, "doi")),
            Url = Plain(entry, "url") ?? HowPublishedUrl(entry),
            // biblatex's langid (what Zotero's Better BibTeX writes), else the language field.
            Language = Text(entry, sink, "langid") ?? Text(entry, sink, "language"),
            OriginalYear = BibTexDates.Other(entry, "origdate", sink)?.Year,
            Accessed = BibTexDates.Other(entry, "urldate", sink)?.Iso,
            Translators = entry.Get("translator") is { } translator ? names.Keep(BibTexNames.Parse(translator.Raw), "translator", entry.At, sink) : [],
            Edition = Text(entry, sink, "edition"),
            // A thesis's or report's kind in words; biblatex's keys for it (type = {phdthesis}) become the words (ThesisGenre).
            Genre = Text(entry, sink, "type"),
            CaseProtected = CaseProtection.Kept(Protected(entry)),
        }, entry.KeyAt, entry.At);
    }

    // An @article from a newspaper or a magazine says so in biblatex's entrysubtype (Better BibLaTeX writes it for Zotero's
    // newspaper and magazine articles, Pandoc reads it): the styles date those to the day, a journal article to the year.
    private static string TypeOf(BibEntry entry) =>
        entry.Type.Equals("article", StringComparison.OrdinalIgnoreCase) && entry.Get("entrysubtype") is { } subtype
            ? TexText.StripBraces(subtype.Raw).Trim().ToLowerInvariant() switch
            {
                "newspaper" => "article-newspaper",
                "magazine" => "article-magazine",
                _ => entry.Type,
            }
            : entry.Type;

    /// <summary>The first four-digit year in a BibTeX <c>date</c> or <c>year</c> (<c>1993-05</c>, <c>1993/1994</c>).</summary>
    public static long? Year(string? value) =>
        value is not null && YearPattern().Match(value) is { Success: true } m ? long.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    // The field as text; TeX commands it does not know are left out, with a warning naming them.
    private static string? Text(BibEntry entry, IDiagnosticSink sink, string name)
    {
        if (entry.Get(name) is not { } field) return null;
        // A set only for text with a command in it: an entry reads 14 fields, and most hold none.
        var unknown = field.Raw.Contains('\\') ? new SortedSet<string>(StringComparer.Ordinal) : null;
        var text = TexText.ToUnicode(field.Raw, unknown);
        if (unknown is { Count: > 0 })
            sink.Report(Diagnostic.Warning(field.At, Validation.DiagnosticCodes.MalformedBibTex,
                $"entry '{entry.Key}': {name}: TeX command{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Take(5))}{(unknown.Count > 5 ? ", …" : "")} " +
                "not known, left out (an argument in braces is kept as text); write the character itself (UTF-8)"));
        return text.Length > 0 ? text : null;
    }

    // The braced texts of the title and the container fields, which title case leaves as written (TexText.Protected).
    private static IEnumerable<string> Protected(BibEntry entry) =>
        new[] { "title", "journaltitle", "journal", "booktitle", "series" }
            .Select(entry.Get).OfType<BibField>()
            .SelectMany(field => TexText.Protected(field.Raw));

    // howpublished as Zotero's BibTeX import reads it (BibTeX.js): a value starting "http://", "https:/" or "mailto:" is
    // the item's URL, anything else goes to Extra as "Published: …", which apa.csl, chicago-author-date.csl and
    // harvard-cite-them-right.csl do not print. An explicit url wins. \url{…} (how BibTeX styles are told to typeset a
    // link) is read as its argument.
    private static string? HowPublishedUrl(BibEntry entry)
    {
        if (entry.Get("howpublished") is not { } field) return null;
        var raw = field.Raw.Trim();
        if (raw.StartsWith("\\url{", StringComparison.Ordinal) && raw.EndsWith('}')) raw = raw[5..^1];
        var value = PlainValue(raw.Replace("\\#", "#"));
        return value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https:/", StringComparison.Ordinal)
            || value.StartsWith("mailto:", StringComparison.Ordinal)
            ? value
            : null;
    }

    // DOIs and URLs are not prose: TeX decoding would turn '--' into a dash and '~' into a space.
    private static string? Plain(BibEntry entry, string name) =>
        entry.Get(name) is { } field && PlainValue(field.Raw) is { Length: > 0 } value ? value : null;

    // A value that is not prose, its escaped characters and braces read off.
    private static string PlainValue(string raw) => TexText.StripBraces(raw.Replace("\\_", "_").Replace("\\%", "%").Replace("\\&", "&"));

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex YearPattern();
}
