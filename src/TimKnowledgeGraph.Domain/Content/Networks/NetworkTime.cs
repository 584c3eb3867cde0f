using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>The optional <c>from</c>, <c>to</c> and <c>wave</c> of a row, as written (null when absent or empty).</summary>
public sealed record NetworkTimeText(string? From, string? To, string? Wave)
{
    /// <summary>A row without time.</summary>
    public static readonly NetworkTimeText None = new(null, null, null);

    /// <summary>Whether any of the three is given.</summary>
    public bool Any => From is not null || To is not null || Wave is not null;
}

/// <summary>
/// When a tie or a listed participation holds, as stored (time-schema): <c>validFrom</c> / <c>validTo</c> ISO dates,
/// inclusive, each possibly open; the wave id and its 1-based position. All null: timeless, it counts everywhere.
/// </summary>
public sealed record NetworkTime(string? ValidFrom, string? ValidTo, string? Wave, long? WaveIndex)
{
    /// <summary>The optional time columns of actors.csv and ties.csv (and GraphML data keys).</summary>
    public static readonly IReadOnlyList<string> Columns = ["from", "to", "wave"];

    /// <summary>No time: counts in every period and wave.</summary>
    public static readonly NetworkTime Timeless = new(null, null, null, null);

    /// <summary>Whether anything is given.</summary>
    public bool IsTimed => ValidFrom is not null || ValidTo is not null || Wave is not null;

    /// <summary>The wave ids a Dataset stores (<c>waves</c>), in declared order; null when it declares none.</summary>
    public static List<string>? WaveIds(IReadOnlyList<WaveDeclaration> waves) => waves.Count == 0 ? null : [.. waves.Select(w => w.Id.Value)];

    /// <summary>
    /// The wave names a Dataset stores (<c>waveNames</c>), one per id in the same order, "" for a wave without a name (a
    /// Neo4j list cannot hold null); null when no wave has a name.
    /// </summary>
    public static List<string>? WaveNames(IReadOnlyList<WaveDeclaration> waves) =>
        waves.Any(w => w.Name is not null) ? [.. waves.Select(w => w.Name?.Value ?? "")] : null;

    /// <summary>Wave id → 1-based position, in declared order.</summary>
    public static IReadOnlyDictionary<string, int> WavePositions(IEnumerable<WaveDeclaration> waves)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var wave in waves) index.TryAdd(wave.Id.Value, index.Count + 1);
        return index;
    }

    /// <summary>
    /// Reads and checks a row's time: a date that is no date (TKG036), a <c>to</c> before its <c>from</c> (TKG037) and a
    /// wave dataset.md does not declare (TKG038) are reported once each at their field; null when any was reported.
    /// </summary>
    public static NetworkTime? Read(NetworkRow row, NetworkTimeText text, IReadOnlyDictionary<string, int> waves, IDiagnosticSink sink)
    {
        if (!text.Any) return Timeless;
        var ok = true;
        string? from = null, to = null;
        if (text.From is { } f && !TimeValue.TryParse(f, end: false, out from!)) ok = BadDate(row, "from", f, sink);
        if (text.To is { } t && !TimeValue.TryParse(t, end: true, out to!)) ok = BadDate(row, "to", t, sink);
        if (text.From is null) from = null;
        if (text.To is null) to = null;
        if (ok && from is not null && to is not null && string.CompareOrdinal(to, from) < 0)
        {
            sink.Report(Diagnostic.Error(row.LocationOf("to"), DiagnosticCodes.ToBeforeFrom,
                $"to '{text.To}' ({to}) is before from '{text.From}' ({from}); expected a 'to' on or after the 'from'"));
            ok = false;
        }
        long? index = null;
        if (text.Wave is { } wave)
        {
            if (waves.TryGetValue(wave, out var position)) index = position;
            else
            {
                var declared = waves.Count == 0 ? "none" : string.Join(", ", waves.Keys);
                sink.Report(Diagnostic.Error(row.LocationOf("wave"), DiagnosticCodes.UnknownWave,
                    $"wave '{wave}' is not declared under 'waves' in dataset.md (declared: {declared})", EditDistance.Hint(wave, waves.Keys)));
                ok = false;
            }
        }
        return ok ? new NetworkTime(from, to, text.Wave, index) : null;
    }

    private static bool BadDate(NetworkRow row, string column, string text, IDiagnosticSink sink)
    {
        sink.Report(Diagnostic.Error(row.LocationOf(column), DiagnosticCodes.BadDate,
            $"{column} '{text}' is not a date; expected {TimeValue.Expected}"));
        return false;
    }
}
