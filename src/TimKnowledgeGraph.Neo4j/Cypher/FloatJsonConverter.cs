using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Writes a float as a float: <c>3.0</c>, not <c>3</c> (System.Text.Json's default), as Neo4j writes them. Neo4j reads
/// a parameter <c>3</c> as an integer, so without it a float parameter with a whole value became an integer in the
/// graph (<c>$x / 2</c> was integer division); and clients of the API and the CLI's JSON can tell the two apart.
/// </summary>
public sealed class FloatJsonConverter : JsonConverter<double>
{
    // The same options without this converter, for what it leaves to the default (reading, NaN and infinities).
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Defaults = new();

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<double>(ref reader, Default(options));

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (!double.IsFinite(value))
        {
            JsonSerializer.Serialize(writer, value, Default(options));
            return;
        }
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        writer.WriteRawValue(CypherValues.IsFloatLiteral(text) ? text : text + ".0", skipInputValidation: true);
    }

    private static JsonSerializerOptions Default(JsonSerializerOptions options) => Defaults.GetValue(options, o =>
    {
        var copy = new JsonSerializerOptions(o);
        copy.Converters.Remove(copy.Converters.OfType<FloatJsonConverter>().Single());
        return copy;
    });
}
