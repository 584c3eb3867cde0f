using System.Globalization;
using System.Text.Json;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>Loads the fixture graphs of <c>Queries/Fixtures</c> into Neo4j and runs named queries on them.</summary>
internal static class QueryFixtures
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "TimKnowledgeGraph.Tests", "Queries", "Fixtures");

    public const string Multiplex = "multiplex.json";
    public const string Markusen = "markusen.json";

    /// <summary>The hand-built knowledge graph: one CREATE statement.</summary>
    public static Task LoadKnowledgeAsync(ICypherClient client) =>
        client.RunAsync([new CypherStatement(File.ReadAllText(Path.Combine(Folder, "knowledge.cypher")))]);

    /// <summary>A network fixture, loaded with parameterised statements the way the content loader shapes it.</summary>
    public static async Task LoadNetworkAsync(ICypherClient client, string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file)));
        var root = json.RootElement;
        var ties = root.GetProperty("ties").EnumerateArray()
            .Select((t, i) => (object?)new Dictionary<string, object?>((IDictionary<string, object?>)CypherValues.FromJson(t)!) { ["i"] = (long)i })
            .ToList();
        var parameters = new Dictionary<string, object?>
        {
            ["dataset"] = root.GetProperty("dataset").GetProperty("id").GetString(),
            ["title"] = root.GetProperty("dataset").GetProperty("title").GetString(),
            ["layers"] = CypherValues.FromJson(root.GetProperty("layers")),
            ["regions"] = CypherValues.FromJson(root.GetProperty("regions")),
            ["actors"] = CypherValues.FromJson(root.GetProperty("actors")),
            ["ties"] = ties,
        };
        string[] statements =
        [
            "CREATE (:Dataset {id: $dataset, title: $title})",
            "UNWIND $layers AS l MATCH (d:Dataset {id: $dataset}) CREATE (d)-[:CONTAINS]->(:Network {id: l.id, name: l.name, scale: l.scale, nature: l.nature, formality: l.formality})",
            "UNWIND $regions AS r CREATE (:Region {id: r.id, name: r.name})",
            "UNWIND $actors AS a CREATE (:Actor {id: a.id, name: a.name, kind: a.kind, dataset: $dataset})",
            "UNWIND $actors AS a MATCH (x:Actor {id: a.id}) MATCH (r:Region {id: a.region}) CREATE (x)-[:LOCATED_IN]->(r)",
            "UNWIND $actors AS a UNWIND a.layers AS l MATCH (x:Actor {id: a.id}) MATCH (n:Network {id: l}) MERGE (x)-[:PARTICIPATES_IN]->(n)",
            "UNWIND $ties AS t MATCH (a:Actor {id: t.source}) MATCH (b:Actor {id: t.target}) " +
                "CREATE (a)-[:TIE {network: t.layer, resource: t.resource, weight: t.weight, key: t.layer + '/' + toString(t.i)}]->(b)",
            // As the content format says: a tie makes both ends participate in its layer.
            "UNWIND $ties AS t MATCH (a:Actor {id: t.source}) MATCH (b:Actor {id: t.target}) MATCH (n:Network {id: t.layer}) " +
                "MERGE (a)-[:PARTICIPATES_IN]->(n) MERGE (b)-[:PARTICIPATES_IN]->(n)",
        ];
        await client.RunAsync(statements.Select(s => new CypherStatement(s, parameters)).ToList());
    }

    /// <summary>
    /// Runs a named query with the given parameters (defaults filled in from its header) the way every surface does,
    /// through the <see cref="NamedQueryRunner"/> (so a split query runs as its parts at once).
    /// </summary>
    public static Task<CypherResult> RunAsync(ICypherClient client, string name, params (string Name, object? Value)[] parameters) =>
        new NamedQueryRunner(client).RunAsync(QueryCatalog.Embedded.Get(name), WithDefaults(name, parameters));

    /// <summary>Runs a named query as one statement, exactly as given (a split query with parts = 1: all in one go).</summary>
    public static async Task<CypherResult> RunInOneGoAsync(ICypherClient client, string name, params (string Name, object? Value)[] parameters) =>
        (await client.RunAsync([new CypherStatement(QueryCatalog.Embedded.Get(name).Text, WithDefaults(name, parameters)) { IncludeStats = false }]))[0];

    private static Dictionary<string, object?> WithDefaults(string name, (string Name, object? Value)[] parameters)
    {
        var values = QueryCatalog.Embedded.Get(name).DefaultParameters();
        foreach (var (key, value) in parameters) values[key] = value;
        return values;
    }

    public static List<IReadOnlyDictionary<string, object?>> RecordList(this CypherResult result) => result.Records().ToList();

    public static double Double(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    public static long Long(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);

    public static IReadOnlyList<object?> List(object? value) => (IReadOnlyList<object?>)value!;

    public static IReadOnlyDictionary<string, object?> Map(object? value) => (IReadOnlyDictionary<string, object?>)value!;

}
