using System.Text.Json;

namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

/// <summary>
/// Reads JSON token by token from a stream with <see cref="Utf8JsonReader"/>, holding only the unread part of a small
/// buffer: a value is buffered whole only when the caller asks for it, and never beyond <paramref name="maxValueBytes"/>.
/// </summary>
internal sealed class JsonStreamReader(Stream stream, long maxValueBytes)
{
    private byte[] _buffer = new byte[16 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = CypherHttpChannel.MaxResponseDepth });
    private string? _text;

    // How much of the value at _start is known to be buffered: bytes past _start already scanned, the scanning reader's
    // state there and the depth the value started at. Kept across refills, so a value arriving in many chunks is scanned
    // once instead of from its start after every chunk (which made a value of megabytes quadratic to read).
    private int _checked;
    private JsonReaderState _checkState;
    private int _valueDepth;

    // A cut token at least this long is read on until it has doubled (FillAsync).
    private const int LongToken = 64 << 10;

    private static readonly JsonSerializerOptions DeserializeOptions = new() { MaxDepth = CypherHttpChannel.MaxResponseDepth };

    /// <summary>The last token read.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>Bytes consumed so far.</summary>
    public long Position { get; private set; }

    /// <summary>
    /// Bytes the readers went through so far, a token or value cut by the buffer's end counted again each time it is
    /// tried (<see cref="Position"/> counts each byte once): how tests see that reading stays linear.
    /// </summary>
    public long Scanned { get; private set; }

    /// <summary>The text of the last property name or string token.</summary>
    public string? Text => _text;

    /// <summary>Reads the next token; false at the end of the stream.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryRead()) return true;
            if (_final) return false;
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the next value whole, as plain .NET values (see <see cref="PlainJson"/>).</summary>
    public async ValueTask<object?> ReadValueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryReadValue(out var value)) return value;
            if (_final) throw new JsonException("The answer ended in the middle of a value.");
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the next value whole into <typeparamref name="T"/>.</summary>
    public async ValueTask<T?> DeserializeAsync<T>(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryDeserialize<T>(out var value)) return value;
            if (_final) throw new JsonException("The answer ended in the middle of a value.");
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Skips the rest of the value whose first token was just read, token by token (nothing is buffered whole).</summary>
    public async ValueTask SkipValueAsync(CancellationToken cancellationToken)
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var depth = 1;
        while (depth > 0)
        {
            if (!await ReadAsync(cancellationToken).ConfigureAwait(false)) throw new JsonException("The answer ended inside a value.");
            if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) depth++;
            else if (TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) depth--;
        }
    }

    private bool TryRead()
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        if (!reader.Read())
        {
            Scanned += _end - _start;
            return false;
        }
        TokenType = reader.TokenType;
        _text = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
        Consumed(ref reader);
        return true;
    }

    private bool TryReadValue(out object? value)
    {
        value = null;
        if (!IsBuffered()) return false;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        reader.Read();
        value = PlainJson.ReadValue(ref reader);
        TokenType = reader.TokenType;
        Consumed(ref reader);
        return true;
    }

    private bool TryDeserialize<T>(out T? value)
    {
        value = default;
        if (!IsBuffered()) return false;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        reader.Read();
        value = JsonSerializer.Deserialize<T>(ref reader, DeserializeOptions);
        TokenType = reader.TokenType;
        Consumed(ref reader);
        return true;
    }

    // True when the next value is all in the buffer. Goes on from where the last call stopped, token by token, until the
    // token that closes the value.
    private bool IsBuffered()
    {
        var length = _end - _start - _checked;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start + _checked, length), _final, _checked == 0 ? _state : _checkState);
        if (_checked == 0)
        {
            if (!reader.Read())
            {
                Scanned += length;
                return false;
            }
            if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            {
                Scanned += reader.BytesConsumed;
                return true;
            }
            _valueDepth = reader.CurrentDepth;
        }
        while (reader.Read())
        {
            // Inside the value every token is deeper than its start, except the end that closes it.
            if (reader.CurrentDepth != _valueDepth) continue;
            Scanned += reader.BytesConsumed;
            return true;
        }
        Scanned += length;
        _checked += (int)reader.BytesConsumed;
        _checkState = reader.CurrentState;
        return false;
    }

    private void Consumed(ref Utf8JsonReader reader)
    {
        Scanned += reader.BytesConsumed;
        _start += (int)reader.BytesConsumed;
        Position += reader.BytesConsumed;
        _state = reader.CurrentState;
        _checked = 0;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        // What the next attempt reads again: a token cut by the buffer's end (after the whole tokens of a value being
        // checked, or all of the unread part), as Utf8JsonReader cannot resume inside a token.
        var unfinished = _end - _start - _checked;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            // One token or value fills the buffer: grow it, up to the bound.
            if (_buffer.Length >= maxValueBytes) throw new CypherResultTooLargeException(maxValueBytes);
            Array.Resize(ref _buffer, (int)Math.Min(maxValueBytes, (long)_buffer.Length * 2));
        }
        // Reading on until as many bytes again have come keeps a long token (a string of megabytes) from being rescanned
        // after every chunk: it is scanned a few times over in all, for at most as many bytes read ahead of need as it had
        // buffered. Never past a full buffer, so the cap above is met by the value itself, not by bytes read ahead. Only
        // for a long cut token: a short one costs little to rescan, and waiting for bytes beyond it could hold back a row
        // that is already complete while Neo4j computes the next.
        var enough = unfinished < LongToken ? _end + 1 : (int)Math.Min(_buffer.Length, (long)_end + unfinished);
        do
        {
            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _final = true;
                break;
            }
            _end += read;
        }
        while (_end < enough);
    }
}
