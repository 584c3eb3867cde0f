using System.Globalization;
using System.Text.Json;

namespace TimKnowledgeGraph.Host.Output;

/// <summary>How a Cypher result value is shown in a table or CSV cell: scalars as text, lists and maps as JSON.</summary>
internal static class ValueText
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, Json),
    };
}
