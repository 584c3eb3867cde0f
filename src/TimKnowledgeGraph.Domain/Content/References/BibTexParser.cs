using System.Text;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>
/// A small, forgiving BibTeX/BibLaTeX parser: <c>@type{key, field = {..} | ".." | 123 | macro # ..., ...}</c>,
/// nested braces, <c>@string</c> macros (and the month macros), <c>@comment</c> and <c>@preamble</c>. A broken entry is
/// reported and skipped; parsing resumes at the next line that starts with <c>@</c>. Inside a value, <c>@</c> is text
/// (as for BibTeX and biber), also at the start of a line: only a value that is never closed is cut there.
/// </summary>
internal sealed class BibTexParser
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private readonly string _text;
    private readonly LineIndex _lines;
    private readonly IDiagnosticSink _sink;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private int _pos;
    private long _expanded;

    // The end of the text a value that was never closed ran over. Braces before it are suspect (one is unbalanced), so
    // there a line starting with '@' ends a value as never closed instead of being read on: each entry after the broken
    // one would otherwise scan to the end of the file again, quadratic in a file of unclosed values.
    private int _suspectUntil;

    private BibTexParser(string text, string file, IDiagnosticSink sink)
    {
        _text = text;
        _lines = new LineIndex(text, file);
        _sink = sink;
        for (var m = 0; m < Months.Length; m++)
            _macros[Months[m]] = new DateTime(2000, m + 1, 1).ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Parses a .bib file's text into entries, reporting syntax errors to <paramref name="sink"/>.</summary>
    public static IReadOnlyList<BibEntry> Parse(string text, string file, IDiagnosticSink sink) =>
        Parse(text, file, sink, entry => entry);

    /// <summary>
    /// Parses a .bib file's text, converting each entry as it is read: only what <paramref name="convert"/> keeps stays in
    /// memory, not every entry's fields (abstracts, file paths) at once. At most
    /// <see cref="ContentLimits.MaxReferencesPerFile"/> entries are read.
    /// </summary>
    public static IReadOnlyList<T> Parse<T>(string text, string file, IDiagnosticSink sink, Func<BibEntry, T> convert) =>
        new BibTexParser(text, file, sink).ParseAll(convert);

    private List<T> ParseAll<T>(Func<BibEntry, T> convert)
    {
        var entries = new List<T>();
        while (true)
        {
            // Text between entries is a comment in BibTeX.
            var at = _text.IndexOf('@', _pos);
            if (at < 0) break;
            _pos = at;
            try
            {
                if (ParseEntry() is not { } entry) continue;
                if (entries.Count == ContentLimits.MaxReferencesPerFile)
                {
                    _sink.Report(ContentLimits.TooManyReferences(entry.At, "entries", "entry"));
                    break;
                }
                entries.Add(convert(entry));
            }
            catch (BibSyntaxException e)
            {
                _sink.Report(Diagnostic.Error(_lines.At(e.Offset), e.Code, e.Message));
                SkipToNextEntry(Math.Max(e.Offset, at + 1));
            }
        }
        return entries;
    }

    private BibEntry? ParseEntry()
    {
        var start = _pos;
        _pos++; // '@'
        var type = ReadIdentifier().ToLowerInvariant();
        if (type.Length == 0) throw new BibSyntaxException(start, "expected an entry type after '@' (e.g. @article)");
        SkipWhitespace();
        var open = Peek();
        if (open is not ('{' or '('))
            throw new BibSyntaxException(_pos, $"expected '{{' after '@{type}', found {Describe(open)}");
        var close = open == '{' ? '}' : ')';
        _pos++;

        switch (type)
        {
            case "comment":
            case "preamble":
                SkipBalanced(start, close);
                return null;
            case "string":
                ParseStringMacro(close);
                return null;
        }

        SkipWhitespace();
        var keyStart = _pos;
        while (_pos < _text.Length && _text[_pos] is not (',' or '}' or ')') && !char.IsWhiteSpace(_text[_pos])) _pos++;
        var key = _text[keyStart.._pos];
        if (key.Length == 0) throw new BibSyntaxException(keyStart, $"@{type} entry has no citation key");
        var fields = new List<BibField>();
        // The comparison BibEntry.Get finds a field with, so the value kept is the one it returns.
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            SkipWhitespace();
            var c = Peek();
            if (c == close) { _pos++; break; }
            if (c == '@' && _text.LastIndexOf('\n', _pos - 1) is var nl && string.IsNullOrWhiteSpace(_text[(nl + 1).._pos]))
            {
                var suspect = fields.Count == 0 ? "" : $" (a brace in field '{fields[^1].Name}' may be unbalanced)";
                throw new BibSyntaxException(_pos, $"entry '{key}' is not closed before the next entry{suspect}");
            }
            if (c != ',')
            {
                var after = fields.Count == 0 ? "the citation key" : $"field '{fields[^1].Name}'";
                throw new BibSyntaxException(_pos, $"entry '{key}': expected ',' or '{close}' after {after}, found {Describe(c)}");
            }
            _pos++;
            SkipWhitespace();
            if (Peek() == close) { _pos++; break; } // a trailing comma is fine
            var field = ParseField(key);
            if (!names.Add(field.Name))
            {
                _sink.Report(Diagnostic.Warning(field.At, DiagnosticCodes.DuplicateField,
                    $"entry '{key}' gives '{field.Name}' twice; the first value is kept"));
                continue;
            }
            fields.Add(field);
        }
        return new BibEntry(type, key, fields, _lines.At(start), _lines.At(keyStart));
    }

    private BibField ParseField(string key)
    {
        var nameStart = _pos;
        var name = ReadIdentifier().ToLowerInvariant();
        if (name.Length == 0)
            throw new BibSyntaxException(_pos, $"entry '{key}': expected a field name, found {Describe(Peek())}");
        SkipWhitespace();
        if (Peek() != '=')
            throw new BibSyntaxException(_pos, $"entry '{key}': expected '=' after field '{name}', found {Describe(Peek())}");
        _pos++;
        return new BibField(name, ParseValue(key, name), _lines.At(nameStart));
    }

    private void ParseStringMacro(char close)
    {
        SkipWhitespace();
        var name = ReadIdentifier();
        if (name.Length == 0) throw new BibSyntaxException(_pos, "@string: expected a macro name");
        SkipWhitespace();
        if (Peek() != '=') throw new BibSyntaxException(_pos, $"@string: expected '=' after '{name}', found {Describe(Peek())}");
        _pos++;
        try
        {
            _macros[name] = ParseValue("@string", name);
        }
        catch (BibSyntaxException e) when (e.Code == DiagnosticCodes.TooLarge)
        {
            // Reported once here; entries and macros that use it get an empty value rather than one error each.
            _macros[name] = "";
            throw;
        }
        SkipWhitespace();
        if (Peek() != close) throw new BibSyntaxException(_pos, $"@string: expected '{close}' to close it, found {Describe(Peek())}");
        _pos++;
    }

    // value = part ('#' part)*; part = {..} | ".." | digits | macro
    private string ParseValue(string key, string field)
    {
        var value = new StringBuilder();
        while (true)
        {
            SkipWhitespace();
            var c = Peek();
            var partStart = _pos;
            if (c == '{')
            {
                _pos++;
                value.Append(ReadUntilBalanced(partStart, '}', key, field));
            }
            else if (c == '"')
            {
                _pos++;
                value.Append(ReadUntilBalanced(partStart, '"', key, field));
            }
            else if (c is { } d && char.IsAsciiDigit(d))
            {
                while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
                value.Append(_text[partStart.._pos]);
            }
            else if (ReadIdentifier() is { Length: > 0 } macro)
            {
                if (_macros.TryGetValue(macro, out var expansion))
                {
                    // Macros built from macros grow exponentially ("billion laughs"): the whole file gets one budget.
                    _expanded += expansion.Length;
                    if (_expanded > ContentLimits.MaxBibExpandedChars)
                        throw new BibSyntaxException(partStart, $"entry '{key}', field '{field}': @string macros expand to more than {ContentLimits.MaxBibExpandedChars} characters in this file, expected at most that", DiagnosticCodes.TooLarge);
                    value.Append(expansion);
                }
                else
                {
                    _sink.Report(Diagnostic.Error(_lines.At(partStart), DiagnosticCodes.MalformedBibTex,
                        $"entry '{key}', field '{field}': undefined @string macro '{macro}'",
                        EditDistance.Hint(macro, _macros.Keys)));
                    value.Append(macro);
                }
            }
            else
            {
                throw new BibSyntaxException(_pos, $"entry '{key}', field '{field}': expected a value ({{..}}, \"..\", a number or a macro), found {Describe(c)}");
            }
            if (value.Length > ContentLimits.MaxBibValueChars)
                throw new BibSyntaxException(partStart, $"entry '{key}', field '{field}': the value is longer than {ContentLimits.MaxBibValueChars} characters, expected at most that", DiagnosticCodes.TooLarge);
            SkipWhitespace();
            if (Peek() != '#') return value.ToString();
            _pos++;
        }
    }

    // Reads to the delimiter at brace depth 0 (inner braces kept); the opening delimiter is already consumed.
    private string ReadUntilBalanced(int openAt, char delimiter, string key, string field)
    {
        var depth = 0;
        var start = _pos;
        for (; _pos < _text.Length; _pos++)
        {
            var c = _text[_pos];
            if (c == '\\') { _pos++; continue; }
            if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            else if (c == delimiter && depth == 0)
            {
                _pos++;
                return _text[start..(_pos - 1)];
            }
            else if (c == '}' && delimiter == '"')
                throw new BibSyntaxException(_pos, $"entry '{key}', field '{field}': unbalanced '}}' in a quoted value");
            // '@' is text in a value ("tweets mentioning\n@regionalstudies"), except where a value never closed ran over.
            else if (c == '@' && _pos < _suspectUntil && _text[_pos - 1] == '\n')
                break;
        }
        // Never closed: the parser resumes at the first line in it that starts with '@' (the next entry, most likely).
        _suspectUntil = Math.Max(_suspectUntil, _pos);
        throw new BibSyntaxException(openAt,
            $"entry '{key}', field '{field}': value opened here is never closed, expected '{delimiter}'");
    }

    private void SkipBalanced(int start, char close)
    {
        var depth = 0;
        for (; _pos < _text.Length; _pos++)
        {
            var c = _text[_pos];
            if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            else if (c == close && depth == 0) { _pos++; return; }
            else if (c == '@' && _pos < _suspectUntil && _text[_pos - 1] == '\n') break;
        }
        _suspectUntil = Math.Max(_suspectUntil, _pos);
        throw new BibSyntaxException(start, $"'{_text[start..Math.Min(start + 20, _text.Length)].Split('{')[0]}' block is never closed");
    }

    // Moves to the next '@' that starts a line (after spaces or tabs), at or after 'from'. Scans forward only, line by
    // line: looking back from every '@' made a long line full of '@' quadratic.
    private void SkipToNextEntry(int from)
    {
        var lineStart = from;
        while (lineStart > 0 && _text[lineStart - 1] is ' ' or '\t') lineStart--;
        if (lineStart > 0 && _text[lineStart - 1] != '\n') lineStart = NextLine(from);
        while (lineStart < _text.Length)
        {
            var at = lineStart;
            while (at < _text.Length && _text[at] is ' ' or '\t' or '\r') at++;
            if (at < _text.Length && _text[at] == '@') { _pos = at; return; }
            lineStart = NextLine(at);
        }
        _pos = _text.Length;
    }

    private int NextLine(int from)
    {
        var newline = _text.IndexOf('\n', from);
        return newline < 0 ? _text.Length : newline + 1;
    }

    private string ReadIdentifier()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '-' or ':' or '.' or '+' or '/'))
            _pos++;
        return _text[start.._pos];
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private char? Peek() => _pos < _text.Length ? _text[_pos] : null;

    private static string Describe(char? c) => c is null ? "the end of the file" : $"'{c}'";

    private sealed class BibSyntaxException(int offset, string message, string code = DiagnosticCodes.MalformedBibTex) : Exception(message)
    {
        public int Offset { get; } = offset;

        public string Code { get; } = code;
    }
}
