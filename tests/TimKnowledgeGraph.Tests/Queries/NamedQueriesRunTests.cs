using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>Every named query runs on the real Neo4j 3.1.1 with sample parameters and returns its declared columns.</summary>
public sealed class NamedQueriesRunTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private static readonly Dictionary<string, (string Name, object? Value)[]> Samples = new()
    {
        ["lineage"] = [("id", "zzq-lr")],
        ["critiques"] = [("id", "zzq-lr")],
        ["evidence-balance"] = [("id", "zzq-lr")],
        ["most-contested"] = [],
        ["reading-list"] = [("id", "zzq-lr")],
        ["layer-overlap"] = [("dataset", "zzq-multiplex")],
        ["multiplex-participation"] = [("dataset", "zzq-multiplex")],
        ["brokers"] = [("dataset", "zzq-multiplex")],
        ["regional-typology"] = [("dataset", "zzq-markusen")],
        ["concept"] = [("id", "zzq-lr")],
        ["search"] = [("text", "learn")],
        ["backlinks"] = [("id", "zzq-lr")],
        ["network"] = [("dataset", "zzq-multiplex")],
        ["tie-dynamics"] = [("dataset", TimedFixtureWriter.Id)],
        ["coupling-sequences"] = [("dataset", TimedFixtureWriter.Id)],
        ["coupling-pairs"] = [("dataset", TimedFixtureWriter.Id)],
        // The internal ones, run by the pages, the API and the search index.
        ["web-actor"] = [("id", "zzq-a")],
        ["web-bibliography"] = [],
        ["web-concepts"] = [],
        ["web-critiques"] = [],
        ["web-dataset"] = [("dataset", "zzq-multiplex")],
        ["web-datasets"] = [],
        ["web-evidence-from"] = [("id", "zzq-storper1993")],
        ["web-layers"] = [("dataset", "zzq-multiplex")],
        ["web-lineage-steps"] = [("id", "zzq-florida1995")],
        ["web-link-index"] = [],
        ["web-neighbourhood"] = [("label", "Concept"), ("id", "zzq-lr")],
        ["web-node"] = [("label", "Concept"), ("id", "zzq-lr")],
        ["web-propositions"] = [],
        ["web-references"] = [],
        ["web-search"] = [("text", "learn")],
        ["web-ties"] = [("dataset", "zzq-multiplex")],
        ["id-labels"] = [("id", "zzq-lr"), ("labels", new List<string> { "Proposition", "Concept" })],
        ["ids-by-label"] = [("labels", new List<string> { "Concept" })],
        ["ping"] = [],
        ["dataset-waves"] = [("dataset", TimedFixtureWriter.Id)],
        ["search-documents"] = [],
        ["typology-path"] = [("dataset", TimedFixtureWriter.Id)],
        ["web-region"] = [("dataset", "zzq-markusen"), ("region", "zzq-marshall")],
        ["web-region-actors"] = [("dataset", "zzq-markusen"), ("region", "zzq-marshall")],
        ["web-region-ties"] = [("dataset", "zzq-markusen"), ("region", "zzq-marshall")],
        ["web-district-types"] = [],
    };

    public static TheoryData<string> AllNames => new(QueryCatalogContentTests.Names);

    public static TheoryData<string> InternalNames => new(QueryCatalog.Embedded.All.Where(q => q.IsInternal).Select(q => q.Name).Order(StringComparer.Ordinal));

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await QueryFixtures.LoadKnowledgeAsync(Client);
        await QueryFixtures.LoadNetworkAsync(Client, QueryFixtures.Multiplex);
        await QueryFixtures.LoadNetworkAsync(Client, QueryFixtures.Markusen);
        await TimedFixtureWriter.WriteAsync(Client);
        // The knowledge fixture has no district-type concept (content/ has Markusen's four); one is enough here.
        await Client.RunAsync([CypherStatement.Of(
            "CREATE (:Concept {id: 'zzq-marshallian', kind: 'district-type', name: 'Marshallian district', summary: 'Small local firms'})")]);
    }

    [Theory]
    [MemberData(nameof(AllNames))]
    public async Task Query_runs_on_the_real_server_with_its_declared_columns(string name)
    {
        var result = await QueryFixtures.RunAsync(Client, name, Samples[name]);
        Assert.Equal(QueryCatalog.Embedded.Get(name).Columns, result.Columns);
        Assert.NotEmpty(result.Rows);
    }

    [Theory]
    [MemberData(nameof(InternalNames))]
    public async Task Internal_query_runs_on_the_real_server_with_its_declared_columns(string name)
    {
        var result = await QueryFixtures.RunAsync(Client, name, Samples[name]);
        Assert.Equal(QueryCatalog.Embedded.Get(name).Columns, result.Columns);
        Assert.NotEmpty(result.Rows);
    }

    [Fact]
    public async Task Id_labels_names_only_the_labels_asked_for()
    {
        var concept = await QueryFixtures.RunAsync(Client, "id-labels", [("id", "zzq-lr"), ("labels", new List<string> { "Concept" })]);
        var proposition = await QueryFixtures.RunAsync(Client, "id-labels", [("id", "zzq-lr"), ("labels", new List<string> { "Proposition" })]);

        Assert.Equal("Concept", Assert.Single(concept.Rows)[0]);
        Assert.Empty(proposition.Rows);
    }

    [Fact]
    public void Every_query_has_a_sample()
    {
        Assert.Equal(QueryCatalog.Embedded.All.Select(q => q.Name).Order(), Samples.Keys.Order());
    }

    [Theory]
    [InlineData("critiques", "id")]
    [InlineData("evidence-balance", "id")]
    [InlineData("reading-list", "id")]
    [InlineData("concept", "id")]
    [InlineData("layer-overlap", "dataset")]
    [InlineData("regional-typology", "dataset")]
    [InlineData("network", "dataset")]
    public async Task Unknown_ids_give_no_rows(string name, string parameter)
    {
        var result = await QueryFixtures.RunAsync(Client, name, (parameter, "zzq-no-such-thing"));
        Assert.Empty(result.Rows);
    }
}
