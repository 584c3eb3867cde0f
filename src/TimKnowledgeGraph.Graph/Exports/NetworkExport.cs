using System.Globalization;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>What both network writers share: the node list (actors, plus any tie end missing from them), regions and edge ids.</summary>
internal static class NetworkExport
{
    /// <summary>Actors by id, then any tie end that is not an actor of the dataset, so every edge has both its nodes.</summary>
    public static IReadOnlyList<NetworkActor> Nodes(NetworkDataset dataset)
    {
        var known = dataset.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var missing = dataset.Ties.SelectMany(t => new[] { t.Source, t.Target })
            .Where(id => !known.Contains(id)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => new NetworkActor(id, null, null, null, null));
        return [.. dataset.Actors, .. missing];
    }

    /// <summary>The regions the actors are located in, by id, each with its name.</summary>
    public static IReadOnlyList<(string Id, string? Name)> Regions(NetworkDataset dataset) =>
        [.. dataset.Actors.Where(a => a.Region is not null).GroupBy(a => a.Region!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Select(a => a.RegionName).FirstOrDefault(n => n is not null)))];

    /// <summary>Edge ids are positional (<c>e0</c>, <c>e1</c>...): unique even when tie keys are missing or repeated.</summary>
    public static string EdgeId(int index) => "e" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether any tie or actor carries time.</summary>
    public static bool IsTimed(NetworkDataset dataset) =>
        dataset.Ties.Any(t => t.Time != NetworkSpell.None) || dataset.Actors.Any(a => a.Time != NetworkSpell.None);

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
