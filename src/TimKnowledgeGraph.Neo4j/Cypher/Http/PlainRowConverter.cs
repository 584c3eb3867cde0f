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
    public static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return null;
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.String: return reader.GetString();
            // Neo4j writes floats with a fraction or exponent (2.0, 1.0E10) and integers without, so the
            // literal decides: integers stay exact longs (ids beyond 2^53 survive), everything else is a double.
            // The cast matters: "? long : double" would silently widen every integer to double.
            case JsonTokenType.Number: return reader.TryGetInt64(out var l) ? (object)l : reader.GetDouble();
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) list.Add(ReadValue(ref reader));
                return list;
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    map[name] = ReadValue(ref reader);
                }
                return map;
            default:
                throw new JsonException($"Unexpected JSON token {reader.TokenType} in a row value.");
        }
    }
}
