using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Graph.Networks;

/// <summary>Reads a whole network dataset through the named query <c>network</c>.</summary>
public sealed class NetworkDatasetReader(ICypherClient client, QueryCatalog catalog)
{
    /// <summary>The dataset, or null when no Dataset has that id.</summary>
    public async Task<NetworkDataset?> ReadAsync(string datasetId, CancellationToken cancellationToken = default)
    {
        var query = catalog.Get("network");
        var results = await client.RunAsync(
            [new CypherStatement(query.Text, new Dictionary<string, object?> { ["dataset"] = datasetId }) { IncludeStats = false }],
            cancellationToken).ConfigureAwait(false);
        var record = results[0].Records().FirstOrDefault();
        return record is null ? null : FromRecord(record);
    }

    /// <summary>Builds the dataset from one row of the <c>network</c> query.</summary>
    public static NetworkDataset FromRecord(IReadOnlyDictionary<string, object?> record) => new(
        Values.Text(record, "datasetId") ?? "",
        Values.Text(record, "title"),
        Values.Maps(record.GetValueOrDefault("layers"))
            .Select(l => new NetworkLayer(Values.Text(l, "id") ?? "", Values.Text(l, NetworkShape.Name), Values.Text(l, NetworkShape.Scale),
                Values.Text(l, NetworkShape.Nature), Values.Text(l, NetworkShape.Formality), Values.Text(l, "instanceOf")))
            .ToList(),
        Values.Maps(record.GetValueOrDefault("actors"))
            .Select(a => new NetworkActor(Values.Text(a, "id") ?? "", Values.Text(a, ActorShape.Name), Values.Text(a, ActorShape.Kind), Values.Text(a, "region"), Values.Text(a, "regionName"),
                Values.Strings(a.GetValueOrDefault("layers")).Order(StringComparer.Ordinal).ToList())
            {
                // Every declared attribute, by its name: a new one needs no line here.
                Attributes = ActorShape.Attributes.ToDictionary(p => p, p => Values.Text(a, p), StringComparer.Ordinal),
                ListedLayers = Values.Strings(a.GetValueOrDefault("listedLayers")).Order(StringComparer.Ordinal).ToList(),
                Time = Values.Maps(a.GetValueOrDefault("time")).Select(Spell).FirstOrDefault() ?? NetworkSpell.None,
            })
            .ToList(),
        Values.Maps(record.GetValueOrDefault("ties"))
            .Select(t => new NetworkTie(Values.Text(t, "key"), Values.Text(t, "source") ?? "", Values.Text(t, "target") ?? "",
                Values.Text(t, "layer") ?? "", Values.Text(t, TieShape.Resource), Values.Number(t, TieShape.Weight) ?? 1.0) { Time = Spell(t) })
            .ToList())
    {
        Body = Values.Text(record, "body"),
        Waves = Values.Strings(record.GetValueOrDefault("waves")).ToList(),
        Regions = Values.Maps(record.GetValueOrDefault("regions"))
            .Select(r => new NetworkRegion(Values.Text(r, RegionShape.Id) ?? "", Values.Text(r, RegionShape.Name))).ToList(),
    };

    private static NetworkSpell Spell(IReadOnlyDictionary<string, object?> map) =>
        new(Values.Text(map, CommonProperties.ValidFrom), Values.Text(map, CommonProperties.ValidTo), Values.Text(map, CommonProperties.Wave),
            Values.Number(map, CommonProperties.WaveIndex) is { } index ? (long)index : null);
}
