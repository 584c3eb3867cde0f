using System.Buffers;
using System.Globalization;
using TimKnowledgeGraph.Domain.Content.Unicode;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// Checks every value of a network row before a reader gives the row out, so that content validation and
/// <c>timkg import</c> refuse and warn alike: a value over its length limit (<see cref="ContentLimits.MaxIdChars"/> for
/// ids, <see cref="ContentLimits.MaxValueChars"/> for the rest) is an error and the row is not read (TKG090); a control
/// character that XML cannot hold is a warning (TKG039). Ids are composed to NFC first (<see cref="Identifier"/>), and
/// their limit is checked on the composed id.
/// </summary>
internal static class NetworkRowValues
{
    // The characters XML 1.0 does not allow (tab, LF and CR it does): GraphML and GEXF exports write them as U+FFFD.
    private static readonly SearchValues<char> NotXml = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r')), '\uFFFE', '\uFFFF']);

    /// <summary>
    /// <paramref name="row"/> with its ids (an actor's id, region and layers; a tie's ends and layer; a wave) in NFC,
    /// when every value fits its limit; null when one does not (each problem reported at its field).
    /// </summary>
    public static T? Read<T>(T row, IDiagnosticSink sink) where T : NetworkRow
    {
        var composed = (T)IdsInNfc(row);
        return Check(composed, sink) ? composed : null;
    }

    // Most rows are in NFC already (every ASCII id is): those are returned as they are, not copied, as an import reads
    // millions of them.
    private static NetworkRow IdsInNfc(NetworkRow row)
    {
        switch (row)
        {
            case ActorRow a:
                var (id, region, layers, time) = (Identifier.Normalize(a.Id), Identifier.NormalizeOrNull(a.Region), Composed(a.Layers), Composed(a.Time));
                return ReferenceEquals(id, a.Id) && ReferenceEquals(region, a.Region) && ReferenceEquals(layers, a.Layers) && ReferenceEquals(time, a.Time)
                    ? a : a with { Id = id, Region = region, Layers = layers, Time = time };
            case TieRow t:
                var (source, target, layer, spell) = (Identifier.Normalize(t.Source), Identifier.Normalize(t.Target), Identifier.Normalize(t.Layer), Composed(t.Time));
                return ReferenceEquals(source, t.Source) && ReferenceEquals(target, t.Target) && ReferenceEquals(layer, t.Layer) && ReferenceEquals(spell, t.Time)
                    ? t : t with { Source = source, Target = target, Layer = layer, Time = spell };
            default:
                return row;
        }
    }

    private static NetworkTimeText Composed(NetworkTimeText time) =>
        Identifier.NormalizeOrNull(time.Wave) is var wave && ReferenceEquals(wave, time.Wave) ? time : time with { Wave = wave };

    private static IReadOnlyList<string> Composed(IReadOnlyList<string> ids) =>
        ids.Any(id => !ReferenceEquals(Identifier.Normalize(id), id)) ? [.. ids.Select(Identifier.Normalize)] : ids;

    /// <summary>Whether every value of <paramref name="row"/> fits its limit; each problem is reported at its field.</summary>
    private static bool Check(NetworkRow row, IDiagnosticSink sink) => row switch
    {
        ActorRow a => Fits(a, "actor", "id", a.Id, ContentLimits.MaxIdChars, sink)
            & Fits(a, "actor", "region", a.Region, ContentLimits.MaxIdChars, sink)
            & Fits(a, "actor", "name", a.Name, ContentLimits.MaxValueChars, sink)
            & Fits(a, "actor", "kind", a.Kind, ContentLimits.MaxValueChars, sink)
            & a.Layers.All(layer => Fits(a, "actor", "layers", layer, ContentLimits.MaxIdChars, sink))
            & TimeFits(a, "actor", a.Time, sink),
        TieRow t => Fits(t, "tie", "source", t.Source, ContentLimits.MaxIdChars, sink)
            & Fits(t, "tie", "target", t.Target, ContentLimits.MaxIdChars, sink)
            & Fits(t, "tie", "layer", t.Layer, ContentLimits.MaxIdChars, sink)
            & Fits(t, "tie", "resource", t.Resource, ContentLimits.MaxValueChars, sink)
            & Fits(t, "tie", "weight", t.WeightText, ContentLimits.MaxValueChars, sink)
            & TimeFits(t, "tie", t.Time, sink),
        _ => true,
    };

    private static bool TimeFits(NetworkRow row, string what, NetworkTimeText time, IDiagnosticSink sink) =>
        Fits(row, what, "from", time.From, ContentLimits.MaxValueChars, sink)
        & Fits(row, what, "to", time.To, ContentLimits.MaxValueChars, sink)
        & Fits(row, what, "wave", time.Wave, ContentLimits.MaxValueChars, sink);

    // Non-short-circuiting '&' above: every value too long is reported, not only the first.
    private static bool Fits(NetworkRow row, string what, string column, string? value, int max, IDiagnosticSink sink)
    {
        if (value is null) return true;
        if (value.Length > max)
        {
            var why = max == ContentLimits.MaxIdChars ? " (ids are index keys in Neo4j)" : "";
            sink.Report(Diagnostic.Error(row.LocationOf(column), DiagnosticCodes.TooLarge, string.Create(CultureInfo.InvariantCulture,
                $"{what} {column} '{CsvRowReader.Excerpt(value)}' is longer than {max:N0} characters, expected at most {max:N0}{why}; the row is not read")));
            return false;
        }
        if (value.AsSpan().IndexOfAny(NotXml) is var at and >= 0)
        {
            sink.Report(Diagnostic.Warning(row.LocationOf(column), DiagnosticCodes.ControlCharacter, string.Create(CultureInfo.InvariantCulture,
                $"{what} {column} '{CsvRowReader.Excerpt(value)}' holds the control character U+{(int)value[at]:X4}, which XML cannot hold; it is kept, and GraphML and GEXF exports write it as U+FFFD")));
        }
        return true;
    }
}
