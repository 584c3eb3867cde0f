using System.Globalization;
using System.Text;

namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>
/// Splits Cypher text into tokens the way Neo4j's parser does (openCypher lexical rules, Neo4j 3.1 to 5.x): string
/// literals in single or double quotes with backslash escapes (<c>\uXXXX</c> and <c>\UXXXXXXXX</c> included), names in
/// backticks with doubled backticks, <c>//</c> line and <c>/* */</c> block comments, numbers, parameters and punctuation.
/// </summary>
/// <remarks>
/// The read-only guard decides on these tokens, so whenever this lexer and the server could disagree it gives up
/// instead of guessing: unterminated strings, names and block comments, malformed unicode escapes and characters Cypher
/// has no use for outside strings and comments are errors, and the guard refuses such a query. Numbers never swallow the
/// letters after them (<c>1CREATE</c> is a number and a word), so a keyword cannot hide behind a literal.
/// </remarks>
internal sealed class CypherLexer
{
    private static readonly string[] TwoCharSymbols = ["..", "<>", "<=", ">=", "=~", "+=", "!=", "::"];
    private const string OneCharSymbols = "()[]{},.:;|+-*/%^=<>!&";

    private readonly string _text;
    private readonly List<CypherToken> _tokens = [];
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private CypherLexer(string text) => _text = text;

    /// <summary>Splits <paramref name="text"/> into tokens; false with the first problem when it cannot be read.</summary>
    public static bool TryLex(string text, out IReadOnlyList<CypherToken> tokens, out CypherLexError? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexer = new CypherLexer(text);
        error = lexer.Run();
        tokens = error is null ? lexer._tokens : [];
        return error is null;
    }

    private CypherLexError? Run()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            var error = c switch
            {
                _ when char.IsWhiteSpace(c) => Advance(1),
                '/' when Peek(1) == '/' => LineComment(),
                '/' when Peek(1) == '*' => BlockComment(),
                '\'' or '"' => StringLiteral(c),
                '`' => QuotedName(CypherTokenKind.QuotedIdentifier, _pos, Line, Column),
                '$' => Parameter(),
                >= '0' and <= '9' => Number(),
                _ when IsIdentifierStart(_pos) => Identifier(),
                _ => Symbol(),
            };
            if (error is not null) return error;
        }
        return null;
    }

    private int Line => _line;

    private int Column => _pos - _lineStart + 1;

    private char Peek(int ahead) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private CypherLexError Error(string message, int line, int column) => new(message, line, column);

    // Moves over characters that are not tokens, keeping line and column right.
    private CypherLexError? Advance(int count)
    {
        for (var i = 0; i < count && _pos < _text.Length; i++)
        {
            if (_text[_pos] == '\n')
            {
                _line++;
                _lineStart = _pos + 1;
            }
            _pos++;
        }
        return null;
    }

    private CypherLexError? LineComment()
    {
        // Neo4j ends a line comment at either line break character.
        while (_pos < _text.Length && _text[_pos] is not ('\n' or '\r')) _pos++;
        return null;
    }

    private CypherLexError? BlockComment()
    {
        var (line, column) = (Line, Column);
        var end = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
        if (end < 0) return Error("unterminated block comment: '/*' without '*/'", line, column);
        return Advance(end + 2 - _pos);
    }

    private CypherLexError? StringLiteral(char quote)
    {
        var (start, line, column) = (_pos, Line, Column);
        var value = new StringBuilder();
        Advance(1);
        while (true)
        {
            if (_pos >= _text.Length) return Error($"unterminated string: {quote} without its closing {quote}", line, column);
            var c = _text[_pos];
            if (c == quote)
            {
                _pos++;
                break;
            }
            if (c != '\\')
            {
                value.Append(c);
                Advance(1);
                continue;
            }
            var escaped = Peek(1);
            switch (escaped)
            {
                case '\0' when _pos + 1 >= _text.Length:
                    return Error($"unterminated string: {quote} without its closing {quote}", line, column);
                case 'u' or 'U':
                    var digits = escaped == 'u' ? 4 : 8;
                    if (!TryHex(_pos + 2, digits, out var code))
                        return Error($"invalid unicode escape: expected \\{escaped} and {digits} hexadecimal digits", Line, Column);
                    value.Append(digits == 4 ? ((char)code).ToString() : Rune.IsValid(code) ? char.ConvertFromUtf32(code) : "\uFFFD");
                    _pos += 2 + digits;
                    break;
                default:
                    // Any other escape is two characters to Neo4j (known ones decode, others are rejected by the server),
                    // so a quote after a backslash never ends the string, here as there.
                    value.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => escaped });
                    Advance(2);
                    break;
            }
        }
        _tokens.Add(new CypherToken(CypherTokenKind.String, value.ToString(), start, line, column));
        return null;
    }

    private bool TryHex(int from, int digits, out int code)
    {
        code = 0;
        if (from + digits > _text.Length) return false;
        return int.TryParse(_text.AsSpan(from, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code);
    }

    // `name`, with `` inside standing for one backtick: the same as Neo4j's sequence of back-to-back quoted parts.
    private CypherLexError? QuotedName(CypherTokenKind kind, int start, int line, int column)
    {
        var value = new StringBuilder();
        Advance(1);
        while (true)
        {
            if (_pos >= _text.Length) return Error("unterminated name: '`' without its closing '`'", line, column);
            if (_text[_pos] == '`')
            {
                if (Peek(1) != '`')
                {
                    _pos++;
                    break;
                }
                value.Append('`');
                _pos += 2;
                continue;
            }
            value.Append(_text[_pos]);
            Advance(1);
        }
        _tokens.Add(new CypherToken(kind, value.ToString(), start, line, column));
        return null;
    }

    private CypherLexError? Parameter()
    {
        var (start, line, column) = (_pos, Line, Column);
        if (Peek(1) == '`')
        {
            _pos++;
            return QuotedName(CypherTokenKind.Parameter, start, line, column);
        }
        var end = _pos + 1;
        while (end < _text.Length && IsIdentifierPart(end, out var width)) end += width;
        if (end == _pos + 1) return Error("a parameter name must follow '$'", line, column);
        _tokens.Add(new CypherToken(CypherTokenKind.Parameter, _text[(_pos + 1)..end], start, line, column));
        _pos = end;
        return null;
    }

    private CypherLexError? Number()
    {
        var (start, line, column) = (_pos, Line, Column);
        var end = _pos;
        bool Digit(int i, bool hex) => i < _text.Length && (char.IsAsciiDigit(_text[i]) || _text[i] == '_' || (hex && char.IsAsciiHexDigit(_text[i])));
        if (_text[end] == '0' && end + 2 < _text.Length && _text[end + 1] is 'x' or 'X' && char.IsAsciiHexDigit(_text[end + 2]))
        {
            end += 2;
            while (Digit(end, hex: true)) end++;
        }
        else if (_text[end] == '0' && end + 2 < _text.Length && _text[end + 1] is 'o' or 'O' && char.IsAsciiDigit(_text[end + 2]))
        {
            end += 2;
            while (Digit(end, hex: false)) end++;
        }
        else
        {
            while (Digit(end, hex: false)) end++;
            // "1..3" is a range, not a decimal: a fraction needs a digit after the point.
            if (end + 1 < _text.Length && _text[end] == '.' && char.IsAsciiDigit(_text[end + 1]))
            {
                end++;
                while (Digit(end, hex: false)) end++;
            }
            if (end < _text.Length && _text[end] is 'e' or 'E')
            {
                var digitAt = end + 1 < _text.Length && _text[end + 1] is '+' or '-' ? end + 2 : end + 1;
                if (digitAt < _text.Length && char.IsAsciiDigit(_text[digitAt]))
                {
                    end = digitAt;
                    while (Digit(end, hex: false)) end++;
                }
            }
        }
        _tokens.Add(new CypherToken(CypherTokenKind.Number, _text[start..end], start, line, column));
        _pos = end;
        return null;
    }

    private CypherLexError? Identifier()
    {
        var (start, line, column) = (_pos, Line, Column);
        var end = _pos;
        while (end < _text.Length && IsIdentifierPart(end, out var width)) end += width;
        _tokens.Add(new CypherToken(CypherTokenKind.Identifier, _text[start..end], start, line, column));
        _pos = end;
        return null;
    }

    private CypherLexError? Symbol()
    {
        var (start, line, column) = (_pos, Line, Column);
        var two = _pos + 1 < _text.Length ? _text.Substring(_pos, 2) : "";
        var symbol = TwoCharSymbols.Contains(two) ? two : OneCharSymbols.Contains(_text[_pos], StringComparison.Ordinal) ? _text[_pos].ToString() : null;
        if (symbol is null)
        {
            var rune = Rune.TryGetRuneAt(_text, _pos, out var r) ? r.Value : _text[_pos];
            return Error($"unexpected character U+{rune:X4} outside a string, name or comment", line, column);
        }
        _tokens.Add(new CypherToken(CypherTokenKind.Punctuation, symbol, start, line, column));
        _pos += symbol.Length;
        return null;
    }

    private bool IsIdentifierStart(int at) =>
        _text[at] == '_' || (Rune.TryGetRuneAt(_text, at, out var rune) && Rune.IsLetter(rune));

    private bool IsIdentifierPart(int at, out int width)
    {
        width = 1;
        if (_text[at] == '_') return true;
        if (!Rune.TryGetRuneAt(_text, at, out var rune)) return false;
        width = rune.Utf16SequenceLength;
        return Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }
}
