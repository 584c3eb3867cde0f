using System.Text.Json;
using System.Text.Json.Serialization;

namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

/// <summary>
/// Reads a JSON row into plain .NET values: null, string, long (integral numbers), double, bool,
/// <see cref="List{T}"/> of object? and <see cref="Dictionary{TKey,TValue}"/> of string to object?.
/// </summary>
internal sealed class PlainRowConverter : JsonConverter<List<object?>>
{
    public override List<object?>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        PlainJson.ReadValue(ref reader) switch
        {
            null => null,
            List<object?> list => list,
            var other => throw new JsonException($"A row must be a JSON array, found {other.GetType().Name}."),
        };

    public override void Write(Utf8JsonWriter writer, List<object?> value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options);
}

/// <summary>Turns the JSON value under a reader into plain .NET values.</summary>
internal static class PlainJson
{
    // The token's bytes: one span, or a sequence when it straddles the buffers of a streamed response.
    private static bool IsFloat(ref Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> number = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        return CypherValues.IsFloatLiteral(number);
    }

    public static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return null;
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.String: return ReadString(ref reader);
            // Neo4j writes floats with a fraction or exponent (2.0, 1.0E10) and integers without, so the
            // literal decides: integers stay exact longs (ids beyond 2^53 survive), everything else is a double
            // (.NET's TryGetInt64 alone reads 3.0 as 3). The cast matters: "? long : double" would widen every integer.
            case JsonTokenType.Number: return !IsFloat(ref reader) && reader.TryGetInt64(out var l) ? (object)l : reader.GetDouble();
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(ReadValue(ref reader));
                return list;
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = ReadString(ref reader);
                    reader.Read();
                    map[name] = ReadValue(ref reader);
                }
                return map;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType} in a row value.");
        }
    }

    /// <summary>
    /// The string or property name under the reader. Neo4j stores and returns any UTF-16 text, also half a surrogate
    /// pair (<c>RETURN '\uD800'</c>), which <see cref="Utf8JsonReader.GetString"/> refuses to unescape: the answer was a
    /// 500. Such a half becomes U+FFFD, the replacement character, as a decoder does with bytes it cannot read.
    /// </summary>
    public static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            return UnescapeReplacingLoneSurrogates(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan);
        }
    }

    // The escaped bytes of a JSON string (the reader has checked its syntax), unescaped with lone surrogates replaced.
    private static string UnescapeReplacingLoneSurrogates(ReadOnlySpan<byte> escaped)
    {
        var text = new System.Text.StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length;)
        {
            var backslash = escaped[i..].IndexOf((byte)'\\');
            var plain = backslash < 0 ? escaped[i..] : escaped.Slice(i, backslash);
            text.Append(System.Text.Encoding.UTF8.GetString(plain));
            if (backslash < 0) break;
            i += backslash + 1;
            var kind = (char)escaped[i++];
            if (kind != 'u')
            {
                text.Append(kind switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => kind });
                continue;
            }
            text.Append((char)Convert.ToUInt16(System.Text.Encoding.ASCII.GetString(escaped.Slice(i, 4)), 16));
            i += 4;
        }
        // Pairs are kept; any half left alone is replaced.
        var chars = text.ToString().ToCharArray();
        for (var c = 0; c < chars.Length; c++)
        {
            if (char.IsHighSurrogate(chars[c]) && c + 1 < chars.Length && char.IsLowSurrogate(chars[c + 1])) c++;
            else if (char.IsSurrogate(chars[c])) chars[c] = '\uFFFD';
        }
        return new string(chars);
    }
}
