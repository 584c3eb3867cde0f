using System.Xml;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// A <see cref="TextReader"/> between a GraphML file and <see cref="XmlReader"/> that lexes the markup as it passes
/// (tags, quoted attribute values, comments, CDATA sections, processing instructions) and stops any start tag with more
/// than <see cref="MaxAttributes"/> attributes (by default), by throwing <see cref="XmlRefusedException"/> at the first one
/// too many. It refuses a document type declaration the same way, in our words (XmlReader's settings would refuse it too,
/// quoting .NET's advice to change them).
/// </summary>
/// <remarks>
/// Why: .NET's XmlReader parses a start tag's attributes in time quadratic in their number (150,000 attributes on one
/// node took 0.55 s, 300,000 took 1.7 s, 600,000 took 6.6 s), and it parses the whole tag before anyone can look at it,
/// so a content file under its 64 MiB limit could hold one node that takes an hour. GraphML elements carry a handful of
/// attributes (id, source, target, for, attr.name, attr.type, and a tool's own few).
/// </remarks>
internal sealed class XmlAttributeGuard(TextReader inner, int maxAttributes = XmlAttributeGuard.MaxAttributes) : TextReader
{
    /// <summary>Attributes one element may carry.</summary>
    public const int MaxAttributes = 1_000;

    private enum State { Text, AfterLessThan, AfterBang, StartTag, QuotedValue, EndTag, Comment, CData, Instruction }

    // What may follow "<!": a comment's or a CDATA section's opening; their first characters differ.
    private const string CommentOpening = "--";
    private const string CDataOpening = "[CDATA[";

    private State _state = State.Text;
    private char _quote;
    private int _attributes;
    private int _matched; // AfterBang: characters of _bangOpening matched; Comment, CData, Instruction: closing characters seen
    private string _bangOpening = CommentOpening; // AfterBang: the opening its first character chose
    private int _line = 1;
    private int _column; // of the last character passed
    private (int Line, int Column) _opening; // of the last '<' in text

    public override int Peek() => inner.Peek(); // XmlReader reads in blocks; a peeked character is lexed when it is read

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0) Lex((char)c);
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        foreach (var c in buffer[..read]) Lex(c);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private void Lex(char c)
    {
        if (c == '\n') { _line++; _column = 0; }
        else _column++;
        switch (_state)
        {
            case State.Text:
                if (c == '<') (_state, _opening) = (State.AfterLessThan, (_line, _column));
                break;
            case State.AfterLessThan:
                (_state, _attributes, _matched) = c switch
                {
                    '!' => (State.AfterBang, 0, 0),
                    '?' => (State.Instruction, 0, 0),
                    '/' => (State.EndTag, 0, 0),
                    _ => (State.StartTag, 0, 0),
                };
                break;
            case State.AfterBang:
                AfterBang(c);
                break;
            case State.StartTag:
                if (c is '"' or '\'') { _quote = c; _state = State.QuotedValue; }
                else if (c == '>') _state = State.Text;
                else if (c == '=' && ++_attributes > maxAttributes)
                    throw new XmlRefusedException(Validation.DiagnosticCodes.TooLarge, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"an element with more than {maxAttributes:N0} attributes, expected at most {maxAttributes:N0}; the rest of the file is not read"), _line, _column);
                break;
            case State.QuotedValue:
                if (c == _quote) _state = State.StartTag;
                break;
            case State.EndTag:
                if (c == '>') _state = State.Text;
                break;
            case State.Comment:
                Closing(c, '-', 2);
                break;
            case State.CData:
                Closing(c, ']', 2);
                break;
            case State.Instruction:
                Closing(c, '?', 1);
                break;
        }
    }

    // After "<!": "--" opens a comment, "[CDATA[" a CDATA section; anything else is a declaration (a DOCTYPE), refused.
    private void AfterBang(char c)
    {
        if (_matched == 0) _bangOpening = c == '-' ? CommentOpening : CDataOpening;
        if (_bangOpening[_matched] == c)
        {
            if (++_matched == _bangOpening.Length)
                (_state, _matched) = (_bangOpening == CommentOpening ? State.Comment : State.CData, 0);
            return;
        }
        throw new XmlRefusedException(Validation.DiagnosticCodes.MalformedGraphMl,
            "a declaration (<!DOCTYPE ...> or another <!...>), which GraphML does not need and content may not hold (no DTD is read, no entity expanded); remove it",
            _opening.Line, _opening.Column);
    }

    // Comments end at "-->", CDATA at "]]>", instructions at "?>": the closing character repeated `times`, then '>'.
    private void Closing(char c, char closing, int times)
    {
        if (c == '>' && _matched >= times) _state = State.Text;
        _matched = c == closing ? Math.Min(_matched + 1, times) : 0;
    }
}

/// <summary>XML input we refuse (over a limit: TKG090; a declaration: TKG006), found before the XML parser saw it.</summary>
internal sealed class XmlRefusedException(string code, string reason, int line, int column) : XmlException(reason, null, line, column)
{
    /// <summary>The diagnostic code.</summary>
    public string Code { get; } = code;

    /// <summary>What is over the limit (<see cref="Exception.Message"/> adds the position in .NET's words).</summary>
    public string Reason { get; } = reason;
}
