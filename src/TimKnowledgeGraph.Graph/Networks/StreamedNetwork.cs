using System.Runtime.CompilerServices;

namespace TimKnowledgeGraph.Graph.Networks;

/// <summary>
/// A network dataset as the exports write it: everything but its ties (<see cref="NetworkDataset.Ties"/> empty: its
/// layers, regions and every actor, which are few), what time it carries, then the ties one by one in export order, so
/// that a million ties are never held at once (<see cref="NetworkDatasetReader.OpenAsync"/> reads them page by page).
/// </summary>
public sealed record StreamedNetwork(NetworkDataset Dataset, NetworkTimeSummary Time, IAsyncEnumerable<NetworkTie> Ties)
{
    /// <summary>
    /// A dataset held in memory, as a stream. A tie end that is not one of its actors becomes a bare node (by id, after
    /// the actors), so every edge has both its nodes; the graph read never gives one (ties end at the dataset's actors).
    /// </summary>
    public static StreamedNetwork Of(NetworkDataset dataset)
    {
        var known = dataset.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var missing = dataset.Ties.SelectMany(t => new[] { t.Source, t.Target })
            .Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => new NetworkActor(id, null, null, null, null));
        var spells = dataset.Ties.Select(t => t.Time).Concat(dataset.Actors.Select(a => a.Time));
        return new(dataset with { Actors = [.. dataset.Actors, .. missing], Ties = [] }, NetworkTimeSummary.Of(spells), Listed(dataset.Ties));
    }

    /// <summary>The whole dataset, ties gathered into a list (for tests and small datasets).</summary>
    public async Task<NetworkDataset> ToDatasetAsync(CancellationToken cancellationToken = default)
    {
        var ties = new List<NetworkTie>();
        await foreach (var tie in Ties.WithCancellation(cancellationToken).ConfigureAwait(false)) ties.Add(tie);
        return Dataset with { Ties = ties };
    }

    private static async IAsyncEnumerable<NetworkTie> Listed(IReadOnlyList<NetworkTie> ties, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var tie in ties)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return tie;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }
}

/// <summary>
/// Which kinds of time a dataset's ties and actors carry. The writers must know before the first tie: GraphML declares
/// its time keys, and GEXF its mode, time format and <c>wave</c> attribute, ahead of the nodes and edges.
/// </summary>
public sealed record NetworkTimeSummary(bool Dates, bool WaveIndexes, bool Waves)
{
    /// <summary>A timeless dataset.</summary>
    public static readonly NetworkTimeSummary None = new(false, false, false);

    /// <summary>Whether any tie or actor carries time at all.</summary>
    public bool Any => Dates || WaveIndexes || Waves;

    /// <summary>What the spells carry.</summary>
    public static NetworkTimeSummary Of(IEnumerable<NetworkSpell> spells) =>
        spells.Aggregate(None, (summary, s) => summary.Or(new(s.HasDates, s.WaveIndex is not null, s.Wave is not null)));

    /// <summary>What either carries.</summary>
    public NetworkTimeSummary Or(NetworkTimeSummary other) =>
        new(Dates || other.Dates, WaveIndexes || other.WaveIndexes, Waves || other.Waves);
}
