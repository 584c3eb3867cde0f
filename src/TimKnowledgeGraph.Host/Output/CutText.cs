namespace TimKnowledgeGraph.Host.Output;

/// <summary>
/// A text shown in at most a given number of characters, with the length of the whole, so that what was left out can
/// be said. A cut falls between characters: a surrogate pair (an emoji, a rare CJK character) is kept or left out
/// whole, never halved into a lone surrogate that encoders replace or refuse.
/// </summary>
/// <param name="Shown">The characters shown.</param>
/// <param name="Length">The whole text's length in UTF-16 characters, as <see cref="string.Length"/> counts them.</param>
internal readonly record struct CutText(string Shown, long Length)
{
    /// <summary>True when part of the text was left out.</summary>
    public bool IsCut => Shown.Length < Length;

    /// <summary><paramref name="text"/> cut to at most <paramref name="maxChars"/> characters.</summary>
    public static CutText Of(string text, int maxChars) => new(Prefix(text, maxChars), text.Length);

    /// <summary>
    /// A value to echo in a sentence, cut to 100 characters and an ellipsis: echoed input is bounded so a hostile value
    /// cannot make the answer huge.
    /// </summary>
    public static string Echo(string value) => value.Length <= 100 ? value : Prefix(value, 100) + "…";

    /// <summary>The first <paramref name="maxChars"/> characters of <paramref name="text"/>, or one fewer rather than half a surrogate pair.</summary>
    public static string Prefix(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(maxChars);
        if (text.Length <= maxChars) return text;
        var end = maxChars > 0 && char.IsHighSurrogate(text[maxChars - 1]) ? maxChars - 1 : maxChars;
        return text[..end];
    }
}
