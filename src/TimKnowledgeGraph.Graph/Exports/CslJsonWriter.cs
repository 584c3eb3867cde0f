using System.Text.Encodings.Web;
using System.Text.Json;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// Writes a reading list as a CSL-JSON array (the format Zotero, Pandoc and citeproc read). Authors stored as
/// "Family, Given" become <c>{family, given}</c>; names without a comma become <c>{literal}</c> (corporate authors).
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
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("citation-key", entry.Id);
        json.WriteString("type", ReferenceTypes.Csl(entry.Type));
        if (entry.Title is not null) json.WriteString("title", entry.Title);
        if (entry.Authors.Count > 0)
        {
            json.WriteStartArray("author");
            foreach (var author in entry.Authors) WriteName(json, author);
            json.WriteEndArray();
        }
        if (entry.Container is not null) json.WriteString("container-title", entry.Container);
        if (entry.Year is { } year)
        {
            json.WriteStartObject("issued");
            json.WriteStartArray("date-parts");
            json.WriteStartArray();
            json.WriteNumberValue(year);
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        if (entry.Doi is not null) json.WriteString("DOI", entry.Doi);
        if (entry.Url is not null) json.WriteString("URL", entry.Url);
        if (entry.Roles.Count > 0) json.WriteString("note", "reading list: " + string.Join(", ", entry.Roles));
        json.WriteEndObject();
    }

    private static void WriteName(Utf8JsonWriter json, string name)
    {
        json.WriteStartObject();
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            json.WriteString("literal", name.Trim());
        }
        else
        {
            json.WriteString("family", name[..comma].Trim());
            var given = name[(comma + 1)..].Trim();
            if (given.Length > 0) json.WriteString("given", given);
        }
        json.WriteEndObject();
    }
}
