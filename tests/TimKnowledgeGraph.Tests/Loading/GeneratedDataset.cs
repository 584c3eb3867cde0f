using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Loading;

/// <summary>A generated dataset folder for import tests, and an importer with the options a test varies.</summary>
internal sealed class GeneratedDataset(TempContent content) : IDisposable
{
    public string Root => Path.Combine(content.Root, "gen");

    public void Dispose() => content.Dispose();

    /// <summary>A dataset folder "gen": two layers, two regions, ring-plus-random ties, and one repeated tie row at the end.</summary>
    public static GeneratedDataset Create(int actors, int ties)
    {
        var random = new Random(1);
        var actorText = new StringBuilder("id,name,kind,region,layers\n");
        for (var i = 0; i < actors; i++) actorText.Append(CultureInfo.InvariantCulture, $"a{i},Actor {i},firm,{(i % 2 == 0 ? "north" : "south")},\n");
        var tieText = new StringBuilder("source,target,layer,resource,weight\n");
        var seen = new HashSet<(int, int, string)>();
        string? first = null;
        while (seen.Count < ties)
        {
            var (s, t, layer) = (random.Next(actors), random.Next(actors), random.Next(2) == 0 ? "reco" : "rsoc");
            if (s == t || !seen.Add((s, t, layer))) continue;
            var row = $"a{s},a{t},{layer},trust,{(1 + random.Next(9)).ToString(CultureInfo.InvariantCulture)}";
            first ??= row;
            tieText.Append(row).Append('\n');
        }
        tieText.Append(first).Append('\n');
        return new GeneratedDataset(new TempContent().With("gen/dataset.md", """
                ---
                id: gen
                layers:
                  - {id: reco, scale: regional, nature: economic, formality: formal}
                  - {id: rsoc, scale: regional, nature: social, formality: informal}
                regions:
                  - {id: north, name: North}
                  - {id: south, name: South}
                ---
                """)
            .With("gen/actors.csv", actorText.ToString())
            .With("gen/ties.csv", tieText.ToString()));
    }


    /// <summary>An importer on <paramref name="client"/>; without an actor batch, kept ties or a lease, the product's defaults.</summary>
    public static NetworkImporter Importer(ICypherClient client, int batch = 10_000, int writers = 2, int? actorBatch = null,
        int? maxKeptBetweenTies = null, int? claimLeaseSeconds = null)
    {
        var options = new ImportOptions { BatchSize = batch, Writers = writers };
        if (actorBatch is { } actors) options.ActorBatchSize = actors;
        if (maxKeptBetweenTies is { } kept) options.MaxKeptBetweenTies = kept;
        if (claimLeaseSeconds is { } lease) options.ClaimLeaseSeconds = lease;
        return new(client, Options.Create(options), NullLogger<NetworkImporter>.Instance);
    }
}
