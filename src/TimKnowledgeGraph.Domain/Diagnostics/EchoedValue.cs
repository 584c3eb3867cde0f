namespace TimKnowledgeGraph.Domain.Diagnostics;

/// <summary>
/// A value from the content quoted in a diagnostic, cut to <see cref="MaxChars"/> characters and an ellipsis with the
/// whole length: a 50,000-character <c>directed="…"</c> on every edge of a GraphML file made each of its errors as long,
/// a megabyte of output for the 20 shown. The place (file:line:col) still leads to the whole value.
/// </summary>
internal static class EchoedValue
{
    /// <summary>The most characters of a value quoted.</summary>
    public const int MaxChars = 100;

    /// <summary><paramref name="value"/>, or its first characters (never half a surrogate pair), "…" and its length.</summary>
    public static string Of(string value)
    {
        if (value.Length <= MaxChars) return value;
        var end = char.IsHighSurrogate(value[MaxChars - 1]) ? MaxChars - 1 : MaxChars;
        return $"{value[..end]}… ({value.Length:N0} characters)";
    }
}
