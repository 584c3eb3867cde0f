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

    /// <summary>
    /// A value for a file other programs read (CSV): as <see cref="Format"/>, but a float with every digit it has
    /// (round-trip "R"), not four decimals. A table is read by people; a CSV goes into R, Excel or pandas, where four
    /// decimals would turn a betweenness of 0.00003 (a large network) into 0 and break ties of rank.
    /// </summary>
    public static string Exact(object? value) => value is double d ? d.ToString("R", CultureInfo.InvariantCulture) : Format(value);

    /// <summary>
    /// <see cref="Format"/>'s text cut to at most <paramref name="maxChars"/> characters, with the whole text's length.
    /// A list or map is serialized into a <see cref="Utf8PrefixStream"/>, which keeps only its beginning: the whole
    /// text of a value can be tens of megabytes (Neo4j's answer is capped at 32 MB, all of it one value if the query likes).
    /// </summary>
    public static CutText Cut(object? value, int maxChars)
    {
        if (value is null or string or bool or IFormattable) return CutText.Of(Format(value), maxChars);
        using var text = new Utf8PrefixStream(maxChars);
        JsonSerializer.Serialize(text, value, Json);
        return text.ToCutText();
    }
}
