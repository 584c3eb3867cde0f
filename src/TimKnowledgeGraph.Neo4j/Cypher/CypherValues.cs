using System.Text.Json;

namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>Conversions to the plain .NET values that Cypher parameters and results hold.</summary>
public static class CypherValues
{
    /// <summary>
    /// A JSON value (e.g. parameters posted to the HTTP API) as a plain value: maps, lists, string, long for integers,
    /// double otherwise, bool or null — the same shapes the client returns for result rows.
    /// </summary>
    /// <exception cref="FormatException">A number beyond a Cypher float (JSON allows <c>1e400</c>; Cypher and JSON have no
    /// infinity), an integer beyond a Cypher integer (64 bits), or a string with half a UTF-16 surrogate pair
    /// (<c>"\ud800"</c>, which .NET will not unescape).</exception>
    public static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => Text(() => p.Name), p => FromJson(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => Text(e.GetString),
        // .NET reads "3.0" and "3e0" as the integer 3: a number written with a fraction or exponent is a float, as in Cypher.
        // The cast matters: "? long : double" would make every integer a double.
        JsonValueKind.Number => !IsFloatLiteral(e.GetRawText()) && e.TryGetInt64(out var l) ? (object)l : Float(e),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    // A number written as an integer stays one, as in a Cypher literal: past 64 bits it is refused, not rounded to a float
    // (9223372036854775808 became 9.223372036854776E18 before, a different value of a different type).
    private static double Float(JsonElement number)
    {
        var text = number.GetRawText();
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        if (!IsFloatLiteral(text))
            throw new FormatException($"the integer {shown} is beyond the range of a Cypher integer (-2^63 to 2^63-1); write it with a decimal point for a float");
        var value = number.GetDouble();
        if (double.IsFinite(value)) return value;
        throw new FormatException($"the number {shown} is beyond the range of a Cypher float (about ±1.8e308)");
    }

    /// <summary>True for a JSON number written with a fraction or an exponent (<c>3.0</c>, <c>1e3</c>): a float, whatever its value.</summary>
    public static bool IsFloatLiteral(ReadOnlySpan<char> number) => number.IndexOfAny('.', 'e', 'E') >= 0;

    /// <summary><see cref="IsFloatLiteral(ReadOnlySpan{char})"/> on a number's UTF-8 bytes, as a JSON reader holds them.</summary>
    public static bool IsFloatLiteral(ReadOnlySpan<byte> number) => number.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0;

    private static string Text(Func<string?> read)
    {
        try
        {
            return read()!;
        }
        catch (InvalidOperationException)
        {
            throw new FormatException("a string holds half a UTF-16 surrogate pair (such as \\ud800 without the \\udc00-\\udfff after it), which is not text");
        }
    }
}
