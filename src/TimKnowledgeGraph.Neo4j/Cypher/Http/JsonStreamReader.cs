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

    private static readonly JsonSerializerOptions DeserializeOptions = new() { MaxDepth = CypherHttpChannel.MaxResponseDepth };

    /// <summary>The last token read.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>Bytes consumed so far.</summary>
    public long Position { get; private set; }

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
        if (!reader.Read()) return false;
        TokenType = reader.TokenType;
        _text = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String ? reader.GetString() : null;
        Consumed(ref reader);
        return true;
    }

    private bool TryReadValue(out object? value)
    {
        value = null;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        if (!reader.Read() || !IsComplete(reader)) return false;
        value = PlainJson.ReadValue(ref reader);
        TokenType = reader.TokenType;
        Consumed(ref reader);
        return true;
    }

    private bool TryDeserialize<T>(out T? value)
    {
        value = default;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        if (!reader.Read() || !IsComplete(reader)) return false;
        value = JsonSerializer.Deserialize<T>(ref reader, DeserializeOptions);
        TokenType = reader.TokenType;
        Consumed(ref reader);
        return true;
    }

    // True when the value starting at the reader's token is all in the buffer (the copy is moved, not the reader).
    private static bool IsComplete(Utf8JsonReader probe) =>
        probe.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || probe.TrySkip();

    private void Consumed(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        Position += reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
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
        var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0) _final = true;
        _end += read;
    }
}
