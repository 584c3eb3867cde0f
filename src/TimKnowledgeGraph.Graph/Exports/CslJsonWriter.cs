using System.Text.Encodings.Web;
using System.Text.Json;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Writes a reading list as a CSL-JSON array (the format Zotero, Pandoc and citeproc read). A person becomes
/// <c>{family, given}</c>; a single or corporate name (stored without a comma) becomes <c>{literal}</c>.
/// </summary>
public static class CslJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Keep non-ASCII letters readable; JSON escaping of quotes and control characters still applies.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The CSL-JSON text for the entries, in the given order.</summary>
    public static string Write(IEnumerable<ReadingListEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            foreach (var entry in entries) WriteItem(json, entry);
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteItem(Utf8JsonWriter json, ReadingListEntry entry)
    {
        var work = entry.Work;
        json.WriteStartObject();
        json.WriteString("id", work.Key);
        json.WriteString("citation-key", work.Key);
        json.WriteString("type", ReferenceTypes.Csl(work.Type));
        // Protected texts in nocase spans, as Zotero's CSL-JSON export writes them: read back, they stay protected.
        if (work.Title is not null) json.WriteString("title", NoCase(work.Title, work));
        WriteNames(json, "author", work.Authors);
        // CSL's editor is the work's own (an edited book) or its container's (a chapter's book) alike.
        WriteNames(json, "editor", work.Editors);
        WriteNames(json, "translator", work.Translators);
        if (work.Container is not null) json.WriteString("container-title", NoCase(work.Container, work));
        if (work.Volume is not null) json.WriteString("volume", work.Volume);
        if (work.Issue is not null) json.WriteString("issue", work.Issue);
        if (work.Pages is not null) json.WriteString("page", Ranges.Joined(work.Pages, "-"));
        if (work.Publisher is not null) json.WriteString("publisher", work.Publisher);
        if (work.Place is not null) json.WriteString("publisher-place", work.Place);
        // CSL-JSON wants a BCP 47 tag (en-US, de-DE), not the language name a .bib gives (american, ngerman).
        if (work.Language is not null) json.WriteString("language", LanguageNames.Tag(work.Language));
        if (work.Edition is not null) json.WriteString("edition", work.Edition);
        if (work.Genre is not null) json.WriteString("genre", work.Genre);
        if (WorkDates.IssuedParts(work) is { Count: > 0 } issued) WriteDate(json, "issued", issued);
        if (work.OriginalYear is { } original) WriteDate(json, "original-date", [original]);
        if (WorkDates.Parts(work.Accessed) is { Count: > 0 } accessed) WriteDate(json, "accessed", accessed);
        if (work.Doi is not null) json.WriteString("DOI", work.Doi);
        if (work.Url is not null) json.WriteString("URL", work.Url);
        // CSL-JSON cannot say that a name list goes on (BibTeX's "and others"): its names are written, and the note says so.
        string?[] notes = [
            entry.Roles.Count > 0 ? "reading list: " + string.Join(", ", entry.Roles) : null,
            Names.Listed(work.Authors).More ? "more authors than listed (and others)" : null,
            Names.Listed(work.Editors).More ? "more editors than listed (and others)" : null,
        ];
        if (notes.Any(n => n is not null)) json.WriteString("note", string.Join("; ", notes.OfType<string>()));
        json.WriteEndObject();
    }

    // {"date-parts": [[year, month, day]]}, to the precision known.
    private static void WriteDate(Utf8JsonWriter json, string property, IReadOnlyList<long> parts)
    {
        json.WriteStartObject(property);
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        foreach (var part in parts) json.WriteNumberValue(part);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string property, IReadOnlyList<PersonName> names)
    {
        var (listed, _) = Names.Listed(names);
        if (listed.Count == 0) return;
        json.WriteStartArray(property);
        foreach (var name in listed) WriteName(json, name);
        json.WriteEndArray();
    }

    private static void WriteName(Utf8JsonWriter json, PersonName name)
    {
        json.WriteStartObject();
        if (name.Literal is not null || string.IsNullOrEmpty(name.Given))
        {
            json.WriteString("literal", (name.Literal ?? name.Family ?? "").Trim());
        }
        else
        {
            json.WriteString("family", name.Family?.Trim() ?? "");
            json.WriteString("given", name.Given.Trim());
            if (!string.IsNullOrWhiteSpace(name.DroppingParticle)) json.WriteString("dropping-particle", name.DroppingParticle.Trim());
            if (!string.IsNullOrWhiteSpace(name.Suffix)) json.WriteString("suffix", name.Suffix.Trim());
        }
        json.WriteEndObject();
    }

    private static string NoCase(string text, CitedWork work) =>
        CaseProtection.Wrap(text, work.CaseProtected, t => t, "<span class=\"nocase\">", "</span>");
}
