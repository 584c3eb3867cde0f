using System.Globalization;
using System.Text;

namespace TimKnowledgeGraph.Benchmarks.Generation;

/// <summary>
/// Writes a synthetic but realistic multiplex network as a dataset folder (dataset.md + actors.csv + ties.csv):
/// actors of several kinds in regions of Zipf-distributed size; five layers of different scale and nature and very
/// different sizes; a skewed degree distribution (ends drawn by Zipf rank over a shuffled actor order, which is what
/// preferential attachment converges to); regional layers tie actors of the same region. No repeated (source,
/// target, layer) and no self-ties, so every tie row is one relationship. Deterministic for a seed.
/// With waves (<see cref="NetworkScale.Waves"/>), a panel: dataset.md declares w1..wN and each drawn tie lives for a
/// random run of consecutive waves (start uniform, length geometric with mean about a third of the panel: most ties are
/// short-lived, some span it), one row per wave with a <c>wave</c> column; one tie in twenty is timeless (no wave, so in
/// every wave). Rows count towards the scale's ties, so the 1M-tie network has 1M TIE relationships either way.
/// </summary>
public static class NetworkGenerator
{
    private static readonly (string Id, string Scale, string Nature, string Formality, double Share, bool Regional)[] Layers =
    [
        ("regional-economic", "regional", "economic", "formal", 0.35, true),
        ("regional-social", "regional", "social", "informal", 0.25, true),
        ("global-economic", "global", "economic", "formal", 0.20, false),
        ("national-epistemic", "national", "epistemic", "formal", 0.15, false),
        ("global-kinship", "global", "kinship", "informal", 0.05, false),
    ];

    private static readonly string[] Kinds = ["firm", "firm", "firm", "person", "person", "university", "agency", "association"];

    public static void Write(string folder, string datasetId, NetworkScale scale, int seed = 42)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var regions = Math.Max(5, scale.Actors / 500);
        var regionOf = new int[scale.Actors];
        var regionZipf = new Zipf(regions, 1.0);
        var members = Enumerable.Range(0, regions).Select(_ => new List<int>()).ToArray();
        for (var a = 0; a < scale.Actors; a++) members[regionOf[a] = regionZipf.Next(random)].Add(a);

        WriteDescription(folder, datasetId, regions, scale.Waves);
        using (var actors = new StreamWriter(Path.Combine(folder, "actors.csv"), false, new UTF8Encoding(false)))
        {
            actors.WriteLine("id,name,kind,region,layers");
            for (var a = 0; a < scale.Actors; a++)
                actors.WriteLine($"a{a},Actor {a},{Kinds[random.Next(Kinds.Length)]},{datasetId}-r{regionOf[a]},");
        }

        // Popularity: Zipf rank over a shuffled order, so hubs are spread over regions and kinds.
        var order = Enumerable.Range(0, scale.Actors).ToArray();
        random.Shuffle(order);
        var global = new Zipf(scale.Actors, 0.8);
        var seen = new HashSet<(int, int, int)>();
        using var ties = new StreamWriter(Path.Combine(folder, "ties.csv"), false, new UTF8Encoding(false));
        ties.WriteLine(scale.Waves > 0 ? "source,target,layer,resource,weight,wave" : "source,target,layer,resource,weight");
        var written = 0;
        while (written < scale.Ties)
        {
            var layer = PickLayer(random);
            var source = order[global.Next(random)];
            int target;
            if (Layers[layer].Regional)
            {
                var local = members[regionOf[source]];
                if (local.Count < 2) continue;
                target = local[(int)(local.Count * Math.Pow(random.NextDouble(), 2))]; // skewed within the region too
            }
            else
            {
                target = order[global.Next(random)];
            }
            if (source == target || !seen.Add((source, target, layer))) continue;
            var weight = Math.Round(0.1 + random.NextDouble() * 4.9, 2).ToString(CultureInfo.InvariantCulture);
            var row = $"a{source},a{target},{Layers[layer].Id},{Resource(layer, random)},{weight}";
            if (scale.Waves == 0)
            {
                ties.WriteLine(row);
                written++;
                continue;
            }
            if (random.Next(20) == 0)
            {
                ties.WriteLine(row + ",");
                written++;
                continue;
            }
            var first = 1 + random.Next(scale.Waves);
            var last = first;
            while (last < scale.Waves && random.NextDouble() < 0.7) last++;
            for (var w = first; w <= last && written < scale.Ties; w++, written++)
                ties.WriteLine(row + ",w" + w.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static int PickLayer(Random random)
    {
        var x = random.NextDouble();
        for (var i = 0; i < Layers.Length; i++)
            if ((x -= Layers[i].Share) < 0) return i;
        return Layers.Length - 1;
    }

    private static string Resource(int layer, Random random) => Layers[layer].Nature switch
    {
        "economic" => random.Next(3) switch { 0 => "supply", 1 => "capital", _ => "contract" },
        "social" => "trust",
        "epistemic" => "knowledge",
        _ => "",
    };

    private static void WriteDescription(string folder, string id, int regions, int waves)
    {
        var text = new StringBuilder()
            .AppendLine("---")
            .AppendLine(CultureInfo.InvariantCulture, $"id: {id}")
            .AppendLine("title: Synthetic multiplex actor network (benchmark)");
        if (waves > 0)
            text.AppendLine(CultureInfo.InvariantCulture, $"waves: [{string.Join(", ", Enumerable.Range(1, waves).Select(w => "w" + w.ToString(CultureInfo.InvariantCulture)))}]");
        text
            .AppendLine("layers:");
        foreach (var l in Layers)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - id: {l.Id}")
                .AppendLine(CultureInfo.InvariantCulture, $"    scale: {l.Scale}")
                .AppendLine(CultureInfo.InvariantCulture, $"    nature: {l.Nature}")
                .AppendLine(CultureInfo.InvariantCulture, $"    formality: {l.Formality}");
        }
        text.AppendLine("regions:");
        for (var r = 0; r < regions; r++)
            text.AppendLine(CultureInfo.InvariantCulture, $"  - id: {id}-r{r}").AppendLine(CultureInfo.InvariantCulture, $"    name: Region {r}");
        text.AppendLine("---").AppendLine("Generated by benchmarks/TimKnowledgeGraph.Benchmarks.");
        File.WriteAllText(Path.Combine(folder, "dataset.md"), text.ToString());
    }
}
