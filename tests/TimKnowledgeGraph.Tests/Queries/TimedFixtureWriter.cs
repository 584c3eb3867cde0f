using System.Globalization;
using TimKnowledgeGraph.Graph.Cypher;
using TimKnowledgeGraph.Graph.Queries;
using YamlDotNet.RepresentationModel;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// Writes the <c>Fixtures/timed-panel</c> dataset into Neo4j exactly as the agreed time schema says
/// (docs/network-measures.md "Analyses by period": TIE validFrom/validTo/wave/waveIndex, PARTICIPATES_IN listed, Dataset
/// waves/timed), with parameterised CREATE statements. TEST-ONLY stand-in until the importer reads timed CSVs; then the
/// tests should import the folder with the real importer instead (the files are already in its format).
/// </summary>
internal static class TimedFixtureWriter
{
    public const string Id = "zzq-timed";

    public static string Folder => Path.Combine(QueryFixtures.Folder, "timed-panel");

    public static async Task WriteAsync(ICypherClient client)
    {
        var front = FrontMatter(File.ReadAllText(Path.Combine(Folder, "dataset.md")));
        var waves = ((YamlSequenceNode)front.Children[new YamlScalarNode("waves")]).Children.Select(w => ((YamlScalarNode)w).Value!).ToList();
        var actors = ReadCsv("actors.csv");
        var ties = ReadCsv("ties.csv");
        object? WaveIndex(string? wave) => wave is null ? null : (long)(waves.IndexOf(wave) + 1);
        var parameters = new Dictionary<string, object?>
        {
            ["dataset"] = Id,
            ["title"] = Scalar(front, "title"),
            ["waves"] = waves,
            ["layers"] = Maps(front, "layers"),
            ["regions"] = Maps(front, "regions"),
            ["actors"] = actors.Select(a => (object?)new Dictionary<string, object?>
            {
                ["id"] = a["id"], ["name"] = a["name"], ["kind"] = a["kind"], ["region"] = a["region"],
                ["layers"] = (a["layers"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).ToList(),
                ["validFrom"] = Date(a["from"], atEnd: false), ["validTo"] = Date(a["to"], atEnd: true),
                ["wave"] = a["wave"], ["waveIndex"] = WaveIndex(a["wave"]),
            }).ToList(),
            ["ties"] = ties.Select((t, i) => (object?)new Dictionary<string, object?>
            {
                ["source"] = t["source"], ["target"] = t["target"], ["layer"] = t["layer"], ["resource"] = t["resource"],
                ["weight"] = double.Parse(t["weight"]!, CultureInfo.InvariantCulture), ["i"] = (long)i,
                ["validFrom"] = Date(t["from"], atEnd: false), ["validTo"] = Date(t["to"], atEnd: true),
                ["wave"] = t["wave"], ["waveIndex"] = WaveIndex(t["wave"]),
            }).ToList(),
        };
        string[] statements =
        [
            "CREATE (:Dataset {id: $dataset, title: $title, waves: $waves, timed: true})",
            "UNWIND $layers AS l MATCH (d:Dataset {id: $dataset}) CREATE (d)-[:CONTAINS]->(:Network {id: $dataset + '/' + l.id, layer: l.id, name: l.name, scale: l.scale, nature: l.nature, formality: l.formality})",
            "UNWIND $regions AS r CREATE (:Region {id: r.id, name: r.name})",
            "UNWIND $actors AS a CREATE (:Actor {id: a.id, localId: a.id, name: a.name, kind: a.kind, dataset: $dataset})",
            "UNWIND $actors AS a MATCH (x:Actor {id: a.id}) MATCH (r:Region {id: a.region}) CREATE (x)-[:LOCATED_IN]->(r)",
            "UNWIND $ties AS t MATCH (a:Actor {id: t.source}) MATCH (b:Actor {id: t.target}) " +
                "CREATE (a)-[:TIE {network: $dataset + '/' + t.layer, key: t.layer + '/' + toString(t.i), resource: t.resource, weight: t.weight, " +
                "validFrom: t.validFrom, validTo: t.validTo, wave: t.wave, waveIndex: t.waveIndex}]->(b)",
            // Listed participations carry the actor row's period; those implied by ties only are timeless and not listed.
            "UNWIND $actors AS a UNWIND a.layers AS l MATCH (x:Actor {id: a.id}) MATCH (n:Network {id: $dataset + '/' + l}) " +
                "MERGE (x)-[p:PARTICIPATES_IN]->(n) SET p.listed = true, p.validFrom = a.validFrom, p.validTo = a.validTo, p.wave = a.wave, p.waveIndex = a.waveIndex",
            "UNWIND $ties AS t MATCH (a:Actor {id: t.source}) MATCH (b:Actor {id: t.target}) MATCH (n:Network {id: $dataset + '/' + t.layer}) " +
                "MERGE (a)-[:PARTICIPATES_IN]->(n) MERGE (b)-[:PARTICIPATES_IN]->(n)",
        ];
        await client.RunAsync(statements.Select(s => new CypherStatement(s, parameters)).ToList());
    }

    // The loaders' rounding: a year (or year-month) given as `from` is its first day, as `to` its last day.
    private static string? Date(string? text, bool atEnd) =>
        text is null ? null : PeriodDate.Parse(text, atEnd) ?? throw new InvalidDataException($"not a date: '{text}'");

    private static List<Dictionary<string, string?>> ReadCsv(string file)
    {
        using var reader = new StreamReader(Path.Combine(Folder, file));
        using var csv = CsvHelper.CsvReader.Create(reader, new CsvHelper.CsvReaderOptions { Separator = ',' });
        csv.ReadHeader();
        var header = csv.Headers;
        var rows = new List<Dictionary<string, string?>>();
        while (csv.Read())
            rows.Add(Enumerable.Range(0, header.Count).ToDictionary(i => header[i], i => csv.GetString(i) is { Length: > 0 } v ? v : null));
        return rows;
    }

    private static YamlMappingNode FrontMatter(string text)
    {
        var parts = text.Split("---\n", 3);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(parts[1]));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private static List<object?> Maps(YamlMappingNode front, string key) =>
        ((YamlSequenceNode)front.Children[new YamlScalarNode(key)]).Children
            .Select(n => (object?)((YamlMappingNode)n).Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => (object?)((YamlScalarNode)c.Value).Value))
            .ToList();
}
