using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// A period given as <c>wave</c>, <c>from</c>, <c>to</c> on the computed network endpoints (dynamics, participation):
/// read by the query layer's own date rules (a year: its first day as <c>from</c>, its last as <c>to</c>), a 400 naming
/// the parameter when a value is not a date, the window ends before it starts, or the wave is not one of the dataset's.
/// </summary>
internal static class PeriodParameters
{
    /// <summary>The dates of the window (null: open), or the 400 for the first bad one; checked before the dataset is read.</summary>
    private static (string? From, string? To, ProblemHttpResult? Problem) Dates(string? from, string? to)
    {
        var start = string.IsNullOrEmpty(from) ? null : PeriodDate.Parse(from, atEnd: false);
        var end = string.IsNullOrEmpty(to) ? null : PeriodDate.Parse(to, atEnd: true);
        if (!string.IsNullOrEmpty(from) && start is null) return (null, null, Problems.BadParameter("from", "must be a year or a date (YYYY, YYYY-MM or YYYY-MM-DD)", from));
        if (!string.IsNullOrEmpty(to) && end is null) return (null, null, Problems.BadParameter("to", "must be a year or a date (YYYY, YYYY-MM or YYYY-MM-DD)", to));
        if (start is not null && end is not null && string.CompareOrdinal(end, start) < 0)
            return (null, null, Problems.BadParameter("to", $"must not be before from ({start})", end));
        return (start, end, null);
    }

    /// <summary>
    /// The period the parameters give on <paramref name="dataset"/>: a 400 for a bad date (before the dataset is read) or
    /// a wave it does not declare, a 404 (with the nearest ids) for an unknown dataset.
    /// </summary>
    public static async Task<(AnalysisPeriod Period, ProblemHttpResult? Problem)> ReadAsync(
        string dataset, string? wave, string? from, string? to, DynamicsService dynamics, KnownIds ids, CancellationToken ct)
    {
        var (start, end, badDates) = Dates(from, to);
        if (badDates is not null) return (AnalysisPeriod.AllTime, badDates);
        var network = await dynamics.NetworkAsync(dataset, ct);
        if (network is null) return (AnalysisPeriod.AllTime, await NetworkEndpoints.NoSuchDatasetAsync(ids, dataset, ct));
        return On(network, wave, start, end);
    }

    /// <summary>The period on <paramref name="network"/>, or the 400 for a wave it does not declare.</summary>
    private static (AnalysisPeriod Period, ProblemHttpResult? Problem) On(MultiplexNetwork network, string? wave, string? from, string? to)
    {
        var waves = network.Time?.Waves ?? [];
        if (!string.IsNullOrEmpty(wave) && !waves.Contains(wave, StringComparer.Ordinal))
            return (AnalysisPeriod.AllTime, Problems.BadParameter("wave", WaveWords.MustBe(network.DatasetId, waves), wave));
        return (new AnalysisPeriod(string.IsNullOrEmpty(wave) ? null : wave, from, to), null);
    }
}
