using System.Globalization;
using System.Text;
using System.Text.Json;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.Unicode;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>
/// Reads CSL-JSON as Zotero exports it: an array of items. Items are located by line and column (of their '{')
/// and JSON syntax errors are reported where <see cref="JsonException"/> says they are.
/// </summary>
internal static class CslJsonReader
{
    private static readonly JsonReaderOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = ContentLimits.MaxJsonDepth };

    /// <summary>Reads the items of a CSL-JSON file (UTF-8 bytes). Items read before a syntax error are kept.</summary>
    public static IReadOnlyList<ReferenceRecord> Read(ReadOnlySpan<byte> utf8, string file, IDiagnosticSink sink)
    {
        // Skip a UTF-8 byte order mark: Utf8JsonReader does not.
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) utf8 = utf8[3..];
        var lines = new LineIndex(utf8, file);
        var records = new List<ReferenceRecord>();
        var names = new NameLimit();
        // System.Text.Json's own words for this ("… when isFinalBlock is true") say nothing to a researcher.
        if (utf8.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            sink.Report(Diagnostic.Error(new SourceLocation(file, 1), DiagnosticCodes.MalformedJson,
                "the file is empty; expected an array of CSL-JSON items ([{...}, ...]), as Zotero exports them"));
            return records;
        }
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                sink.Report(Diagnostic.Error(lines.At(reader.TokenStartIndex), DiagnosticCodes.MalformedJson,
                    $"found {Describe(reader)}, expected an array of CSL-JSON items ([{{...}}, ...])"));
                return records;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var at = lines.At(reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    var found = Describe(reader);
                    reader.Skip(); // first: a value nested too deeply is reported once, as such
                    sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedJson, $"found {found}, expected an item object"));
                    continue;
                }
                // Walk a copy first: JsonDocument reads with its own reader, whose depth a failure would not show, and
                // its strings throw on a lone surrogate only when read, where the position is lost.
                var probe = reader;
                long loneSurrogate, tooLong;
                try
                {
                    (loneSurrogate, tooLong) = SkipCheckingStrings(ref probe);
                }
                catch (JsonException e)
                {
                    sink.Report(Problem(e, probe.CurrentDepth, file));
                    return records;
                }
                if (loneSurrogate >= 0)
                {
                    // Valid JSON syntax but not text: this item is skipped, as one without a key is; the others are read.
                    sink.Report(Diagnostic.Error(lines.At(loneSurrogate), DiagnosticCodes.MalformedJson,
                        $"found the escape '{Encoding.UTF8.GetString(utf8.Slice((int)loneSurrogate, 6))}', half of a UTF-16 surrogate pair without its other half; expected a whole pair (\\ud83d\\ude00) or a character that is not a surrogate; the item is skipped"));
                    reader.Skip();
                    continue;
                }
                if (tooLong >= 0)
                {
                    // As a BibTeX value: a 20 M-character title was read whole (130 MB) before this limit.
                    sink.Report(Diagnostic.Error(lines.At(tooLong), DiagnosticCodes.TooLarge, string.Create(CultureInfo.InvariantCulture,
                        $"found a string longer than {ContentLimits.MaxBibValueChars:N0} characters, expected at most {ContentLimits.MaxBibValueChars:N0} (as for a BibTeX value); the item is skipped")));
                    reader.Skip();
                    continue;
                }
                if (records.Count == ContentLimits.MaxReferencesPerFile)
                {
                    sink.Report(ContentLimits.TooManyReferences(at, "items", "item"));
                    return records;
                }
                using var item = JsonDocument.ParseValue(ref reader);
                if (ToRecord(item.RootElement, at, names, sink) is { } record) records.Add(record);
            }
            if (reader.TokenType == JsonTokenType.EndArray) CheckNothingAfterArray(ref reader, file, sink);
        }
        catch (JsonException e)
        {
            sink.Report(Problem(e, reader.CurrentDepth, file));
        }
        return records;
    }

    // The loop stops at the array's ']': without reading on, a second array or stray text after it would be lost silently.
    // The reader refuses anything but whitespace and comments after the one value it reads.
    private static void CheckNothingAfterArray(ref Utf8JsonReader reader, string file, IDiagnosticSink sink)
    {
        try
        {
            reader.Read();
        }
        catch (JsonException e)
        {
            sink.Report(Diagnostic.Error(Location(e, file), DiagnosticCodes.MalformedJson,
                $"found more after the array of items ({Trim(e.Message)}), expected the end of the file: a CSL-JSON file is one array (merge the arrays into one)"));
        }
    }

    // Skips the item the reader is at (its '{'), returning the offset of the first escape that is half a surrogate pair
    // (\ud800 alone, or \udc00 without a \ud800 before it) and of the first string longer than a BibTeX value may be,
    // each -1 when there is none. Keys are checked too: JsonDocument unescapes them.
    private static (long LoneSurrogate, long TooLong) SkipCheckingStrings(ref Utf8JsonReader reader)
    {
        var depth = reader.CurrentDepth;
        long loneSurrogate = -1, tooLong = -1;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName)) continue;
            if (loneSurrogate < 0 && reader.ValueIsEscaped && LoneSurrogate(reader.ValueSpan) is var offset and >= 0)
                loneSurrogate = reader.TokenStartIndex + 1 + offset; // + 1: ValueSpan starts after the opening quote
            // The raw bytes bound the characters from above; only a string that long is decoded to count them.
            if (tooLong < 0 && reader.ValueSpan.Length > ContentLimits.MaxBibValueChars && loneSurrogate < 0
                && reader.GetString()!.Length > ContentLimits.MaxBibValueChars)
                tooLong = reader.TokenStartIndex;
        }
        return (loneSurrogate, tooLong);
    }

    // The offset in an escaped JSON string (without its quotes) of the first \uXXXX that is half a surrogate pair, or -1.
    private static int LoneSurrogate(ReadOnlySpan<byte> raw)
    {
        var pendingHigh = -1;
        for (var i = 0; i < raw.Length; i++)
        {
            var isUnitEscape = raw[i] == '\\' && raw[i + 1] == 'u'; // the reader has checked that an escape is whole
            if (!isUnitEscape)
            {
                if (pendingHigh >= 0) return pendingHigh;
                if (raw[i] == '\\') i++; // \\ or \" : the byte after it does not start an escape
                continue;
            }
            var unit = int.Parse(raw.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (pendingHigh >= 0 && !isLow) return pendingHigh;
            if (pendingHigh < 0 && isLow) return i;
            pendingHigh = pendingHigh < 0 && unit is >= 0xD800 and <= 0xDBFF ? i : -1;
            i += 5;
        }
        return pendingHigh;
    }

    // A syntax error, or the reader's depth limit (it fails one level short of it).
    private static Diagnostic Problem(JsonException e, int depth, string file)
    {
        var at = Location(e, file);
        return depth >= ContentLimits.MaxJsonDepth - 1
            ? Diagnostic.Error(at, DiagnosticCodes.TooDeep, $"JSON nests more than {ContentLimits.MaxJsonDepth} levels deep here, expected at most {ContentLimits.MaxJsonDepth} (CSL-JSON needs 4)")
            : Diagnostic.Error(at, DiagnosticCodes.MalformedJson, $"not valid JSON: {Trim(e.Message)}");
    }

    private static SourceLocation Location(JsonException e, string file) =>
        new(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);

    /// <summary>Converts one item. The citation key is <c>citation-key</c> when present (Zotero's <c>id</c> may be an item URI), else <c>id</c>.</summary>
    public static ReferenceRecord? ToRecord(JsonElement item, SourceLocation at, NameLimit names, IDiagnosticSink sink)
    {
        ReportRepeatedMembers(item, at, sink);
        var key = String(item, "citation-key") ?? String(item, "id");
        if (key is null)
        {
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MissingRequired, "CSL-JSON item has no 'id' or 'citation-key', which is required"));
            return null;
        }
        var issued = CslJsonDates.Read(item, "issued", at, sink);
        // Titles may carry CSL's rich-text tags (Zotero writes them): read off, never printed; nocase spans kept as protected.
        var title = String(item, "title") is { } rawTitle ? CslRichText.Read(rawTitle) : default;
        var container = String(item, "container-title") is { } rawContainer ? CslRichText.Read(rawContainer) : default;
        ReportUnreadableFields(item, issued, at, sink);
        return new ReferenceRecord(new CitedWork
        {
            Key = Identifier.Normalize(key), // the Reference's id, in NFC as every id
            Type = String(item, "type"),
            Title = NullIfBlank(title.Text),
            Year = issued?.Year,
            Month = issued?.Month,
            Day = issued?.Day,
            Authors = names.Keep(Names(item, "author", at, sink), "author", at, sink),
            Editors = names.Keep(Names(item, "editor", at, sink), "editor", at, sink),
            Container = NullIfBlank(container.Text),
            Volume = String(item, "volume"),
            Issue = String(item, "issue"),
            Pages = String(item, "page"),
            Publisher = String(item, "publisher"),
            Place = String(item, "publisher-place"),
            Doi = DoiText.Normalise(String(item, "DOI")),
            Url = String(item, "URL"),
            Language = String(item, "language"),
            OriginalYear = CslJsonDates.Read(item, "original-date", at, sink)?.Year,
            Translators = names.Keep(Names(item, "translator", at, sink), "translator", at, sink),
            Edition = String(item, "edition"),
            Genre = String(item, "genre"),
            Accessed = CslJsonDates.Read(item, "accessed", at, sink)?.Iso,
            CaseProtected = CaseProtection.Kept((title.Protected ?? []).Concat(container.Protected ?? [])),
        }, at, at);
    }

    // JSON leaves a repeated member to the reader; System.Text.Json, citeproc-js and Zotero all take the last. Said, as
    // BibTeX's repeated fields are, because the value given first is lost ("id" twice made the citations of the first fail).
    private static void ReportRepeatedMembers(JsonElement item, SourceLocation at, IDiagnosticSink sink)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in item.EnumerateObject().Select(p => p.Name).Where(n => !seen.Add(n)).Distinct(StringComparer.Ordinal))
        {
            sink.Report(Diagnostic.Warning(at, DiagnosticCodes.DuplicateField,
                $"CSL-JSON item has '{name}' more than once; the last is kept, as JSON readers (citeproc-js, Zotero) keep it"));
        }
    }

    private static readonly string[] TextFields =
        ["type", "title", "container-title", "volume", "issue", "page", "publisher", "publisher-place", "DOI", "URL", "edition", "genre"];

    // A field of the wrong JSON type was left out without a word ("title": ["a", "b"], "issued": "2002"): the work then
    // showed without its title or date. Said once per field, at the item (names: in Names, where they are read).
    private static void ReportUnreadableFields(JsonElement item, DateText? issued, SourceLocation at, IDiagnosticSink sink)
    {
        foreach (var name in TextFields)
            if (item.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null))
                sink.Report(Left(at, name, value, "text"));
        if (item.TryGetProperty("issued", out var given) && issued is null)
            sink.Report(Diagnostic.Warning(at, DiagnosticCodes.WrongType,
                $"CSL-JSON 'issued' ({Shown(given)}) gives no year; expected {{\"date-parts\": [[1993]]}}; the work is shown without a date"));
    }

    private static Diagnostic Left(SourceLocation at, string name, JsonElement value, string expected) =>
        Diagnostic.Warning(at, DiagnosticCodes.WrongType, $"CSL-JSON '{name}' is {Kind(value)}; expected {expected}; it is left out");

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "text",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Shown(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length > 40 ? text[..40] + "…" : text;
    }

    private static readonly string[] NameParts = ["literal", "family", "given", "dropping-particle", "non-dropping-particle", "suffix"];

    // Lazily: NameLimit reads no further than the names it keeps. What is left out is said here, where it is left out,
    // once per role of the item.
    private static IEnumerable<PersonName> Names(JsonElement item, string role, SourceLocation at, IDiagnosticSink sink)
    {
        if (!item.TryGetProperty(role, out var names)) yield break;
        if (names.ValueKind != JsonValueKind.Array)
        {
            sink.Report(Left(at, role, names, "a list of names ([{\"family\": …, \"given\": …}] or [{\"literal\": …}])"));
            yield break;
        }
        var reported = false;
        void Report(string message)
        {
            if (!reported) sink.Report(Diagnostic.Warning(at, DiagnosticCodes.WrongType, $"CSL-JSON '{role}' {message}"));
            reported = true;
        }
        foreach (var name in names.EnumerateArray())
        {
            if (Name(name) is { } person)
            {
                if (NameParts.FirstOrDefault(p => name.TryGetProperty(p, out var v) && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null)) is { } bad)
                    Report($"has a name whose '{bad}' is not text; that part is left out");
                yield return person;
            }
            else Report("has an entry that is not a name (an object with 'family' and 'given', or 'literal', as text); it is left out");
        }
    }

    private static PersonName? Name(JsonElement name)
    {
        if (name.ValueKind != JsonValueKind.Object) return null;
        if (String(name, "literal") is { } literal) return new PersonName(null, null, literal);
        // A non-dropping particle belongs to the family name, as BibTeX's "von" part does, so both formats give one
        // Author id ("van der Linde"). A dropping particle is kept apart, after the given names ("Beethoven, Ludwig van"),
        // as BibTeX writes it; without a given name there is nothing to put it after, and it leads the family name.
        var dropping = String(name, "dropping-particle");
        var given = String(name, "given");
        var family = string.Join(' ', new[] { given is null ? dropping : null, String(name, "non-dropping-particle"), String(name, "family") }
            .Where(p => p is not null));
        if (family.Length == 0 && given is null) return null;
        if (family.Length == 0) return new PersonName(given, null);
        if (dropping is not null) return new PersonName(family, given, Suffix: String(name, "suffix")) { DroppingParticle = dropping };
        return PersonName.WithGivenParticle(family, given, String(name, "suffix"));
    }

    private static string? String(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value)) return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return NullIfBlank(text);
    }

    // Blank text is none; a title of markup only ("<i> </i>") too, not "" (which styles would print).
    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Describe(Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.None => "an empty file",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        _ => reader.TokenType.ToString().ToLowerInvariant(),
    };

    // System.Text.Json appends " LineNumber: 3 | BytePositionInLine: 4." — the location is reported separately.
    private static string Trim(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut].TrimEnd() : message;
    }
}
