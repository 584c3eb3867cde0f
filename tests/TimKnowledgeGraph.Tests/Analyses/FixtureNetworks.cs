using System.Globalization;
using System.Text;
using TimKnowledgeGraph.Graph.Analyses;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// Fixture networks as dataset folders (dataset.md, actors.csv, ties.csv): the classic ones written by NetworkX
/// (<see cref="ReferenceMeasures.WriteClassic"/>) and random multiplex ones with regions and isolates written here;
/// and the in-memory projection of such a folder, read the way the importer reads it (CSV, our own files only).
/// </summary>
public static class FixtureNetworks
{
    /// <summary>
    /// A random multiplex network: <paramref name="layers"/> layers, actors in <paramref name="regions"/> regions (every
    /// fifth actor without one), the last <paramref name="isolates"/> actors without ties, repeated and reversed ties included.
    /// </summary>
    public static void WriteRandom(string folder, string id, int actors, int ties, int layers, int regions, int isolates, int seed)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var layerIds = Enumerable.Range(0, layers).Select(l => $"l{l}").ToList();
        var description = new StringBuilder($"---\nid: {id}\nlayers:\n");
        foreach (var l in layerIds) description.Append(CultureInfo.InvariantCulture, $"  - {{id: {l}, scale: regional, nature: economic, formality: formal}}\n");
        description.Append("regions:\n");
        for (var r = 0; r < regions; r++) description.Append(CultureInfo.InvariantCulture, $"  - {{id: r{r}, name: Region {r}}}\n");
        File.WriteAllText(Path.Combine(folder, "dataset.md"), description.Append("---\n").ToString());

        var actorText = new StringBuilder("id,name,kind,region,layers\n");
        for (var a = 0; a < actors; a++)
            actorText.Append(CultureInfo.InvariantCulture, $"a{a},Actor {a},firm,{(a % 5 == 4 ? "" : $"r{random.Next(regions)}")},\n");
        File.WriteAllText(Path.Combine(folder, "actors.csv"), actorText.ToString());

        var tied = actors - isolates;
        var seen = new HashSet<(int, int, int)>();
        var tieText = new StringBuilder("source,target,layer,resource,weight\n");
        while (seen.Count < ties)
        {
            // Skewed ends (a few hubs), a layer per tie; the same pair may be tied in several layers and both ways.
            var (s, t, l) = ((int)(tied * Math.Pow(random.NextDouble(), 2)), random.Next(tied), random.Next(layers));
            if (s == t || !seen.Add((s, t, l))) continue;
            tieText.Append(CultureInfo.InvariantCulture, $"a{s},a{t},{layerIds[l]},,1\n");
        }
        File.WriteAllText(Path.Combine(folder, "ties.csv"), tieText.ToString());
    }

    /// <summary>The layers declared in a fixture's dataset.md (the lines "  - {id: X, ..." that the writers above emit).</summary>
    public static IReadOnlyList<string> Layers(string folder) =>
        [.. File.ReadLines(Path.Combine(folder, "dataset.md"))
            .Where(l => l.StartsWith("  - {id: ", StringComparison.Ordinal) && l.Contains("scale:", StringComparison.Ordinal))
            .Select(l => l["  - {id: ".Length..l.IndexOf(',', StringComparison.Ordinal)])];

    /// <summary>Reads a fixture folder into the in-memory projection (no Neo4j).</summary>
    public static MultiplexNetwork Read(string folder, string datasetId)
    {
        var layers = Layers(folder);
        var rows = File.ReadLines(Path.Combine(folder, "actors.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var index = rows.Select((r, i) => (r[0], i)).ToDictionary(p => p.Item1, p => p.i);
        var regions = rows.Select(r => r[3]).Where(r => r.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
        var regionOf = rows.Select(r => r[3].Length == 0 ? -1 : regions.IndexOf(r[3])).ToArray();
        var ties = new TieList(layers.Count);
        foreach (var t in File.ReadLines(Path.Combine(folder, "ties.csv")).Skip(1).Select(l => l.Split(',')))
            ties.Add(index[t[0]], index[t[1]], layers.ToList().IndexOf(t[2]));
        return MultiplexNetwork.Build(datasetId, [.. rows.Select(r => r[0])], [.. rows.Select(r => (string?)r[1])], regionOf, regions, layers, ties);
    }
}
