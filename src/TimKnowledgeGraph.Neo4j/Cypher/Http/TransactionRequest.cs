using System.Buffers;
using System.Text.Json;

namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

/// <summary>Writes the <c>{"statements":[...]}</c> body of a transactional request.</summary>
internal static class TransactionRequest
{
    private static readonly JsonSerializerOptions ParameterOptions = new(JsonSerializerDefaults.General) { Converters = { new FloatJsonConverter() } };

    /// <summary><c>{"statements":[]}</c>: opens, keeps alive or commits a transaction without running anything.</summary>
    public static readonly byte[] Empty = "{\"statements\":[]}"u8.ToArray();

    /// <summary>
    /// The UTF-8 body for <paramref name="statements"/>. Serialised once into bytes so a retried transaction
    /// sends exactly the same request without serialising large parameter batches again.
    /// </summary>
    public static byte[] Write(IReadOnlyList<CypherStatement> statements)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteStartArray("statements");
            foreach (var s in statements)
            {
                w.WriteStartObject();
                w.WriteString("statement", s.Text);
                w.WritePropertyName("parameters");
                // Values are serialised by their runtime type, so nested dictionaries and lists come out as JSON maps and arrays.
                JsonSerializer.Serialize(w, s.Parameters ?? new Dictionary<string, object?>(), ParameterOptions);
                w.WriteBoolean("includeStats", s.IncludeStats);
                w.WriteStartArray("resultDataContents");
                w.WriteStringValue("row");
                if (s.IncludeGraph) w.WriteStringValue("graph");
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
