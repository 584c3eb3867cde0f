namespace TimKnowledgeGraph.Domain.Content.Unicode;

/// <summary>
/// How an identifier read from content or network data is compared: in Unicode Normalization Form C, as UAX #31
/// recommends for identifiers. "Zürich" written with a precomposed ü (Windows, Linux) and with u + U+0308 (a macOS
/// file name, text pasted from one) look the same to a reader and must be one actor, region, wave, note or key. Every
/// reader composes the ids it reads with this, where it reads them; free text (titles, names, bodies) is left as
/// written.
/// </summary>
internal static class Identifier
{
    /// <summary>
    /// <paramref name="id"/> in NFC. Text longer than any value a row may hold (<see cref="ContentLimits.MaxValueChars"/>)
    /// is returned as written: every length check refuses it anyway, and composing it would only cost time and memory.
    /// Composing may shorten an id (an NFD id of 1,200 characters may be one of 1,000) or lengthen it (at most threefold),
    /// so a caller that limits ids checks the length of the result.
    /// </summary>
    public static string Normalize(string id) =>
        id.Length > ContentLimits.MaxValueChars ? id : Nfc.Normalize(id);

    /// <summary>An optional id in NFC (see <see cref="Normalize(string)"/>).</summary>
    public static string? NormalizeOrNull(string? id) => id is null ? null : Normalize(id);

    /// <summary>A located id in NFC; the same instance when it already is.</summary>
    public static Scalar Normalize(Scalar id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var value = Normalize(id.Value);
        return ReferenceEquals(value, id.Value) ? id : id with { Value = value };
    }

    /// <summary>An optional located id in NFC.</summary>
    public static Scalar? NormalizeOrNull(Scalar? id) => id is null ? null : Normalize(id);
}
