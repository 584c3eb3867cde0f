using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Api;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// The query-layer endpoints over real HTTP against the real Neo4j. The app is assembled here from the Map*Endpoints
/// extensions alone (the product's WebApp wires them the same way), so these tests don't depend on start-up content.
/// </summary>
public sealed class QueryApiTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private WebApplication? _app;
    private HttpClient _http = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await QueryFixtures.LoadKnowledgeAsync(Client);
        await QueryFixtures.LoadNetworkAsync(Client, QueryFixtures.Markusen);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(Client);
        builder.Services.AddApiUseCases();
        // The computed analyses (brokers, dynamics), as the product's graph services register them.
        builder.Services.AddSingleton(new TimKnowledgeGraph.Graph.Analyses.DynamicsService(
            new TimKnowledgeGraph.Graph.Analyses.MeasureService(Client, Microsoft.Extensions.Options.Options.Create(new TimKnowledgeGraph.Graph.Analyses.MeasureOptions()))));
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<Neo4jExceptionHandler>();
        _app = builder.Build();
        _app.UseExceptionHandler();
        _app.UseSingleValuedApiParameters();
        _app.MapNetworkEndpoints();
        _app.MapCypherEndpoints();
        _app.MapExportEndpoints();
        _app.MapReadingListEndpoints();
        _app.MapQueryEndpoints();
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _http = new HttpClient { BaseAddress = new Uri(address) };
    }

    public override async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_app is not null) await _app.DisposeAsync();
    }

    [Fact]
    public async Task Typology_endpoint_answers_Figure_1()
    {
        var body = await _http.GetFromJsonAsync<JsonElement>("/api/networks/zzq-markusen/typology", cancellationToken: TestContext.Current.CancellationToken);
        var types = body.GetProperty("records").EnumerateArray()
            .ToDictionary(r => r.GetProperty("regionId").GetString()!, r => r.GetProperty("type").GetString());
        Assert.Equal("marshallian", types["zzq-marshall"]);
        Assert.Equal("hub-and-spoke", types["zzq-hub"]);
        Assert.Equal("satellite-platform", types["zzq-satellite"]);
    }

    [Fact]
    public async Task Answers_name_works_as_readers_cite_them_beside_their_keys()
    {
        var ct = TestContext.Current.CancellationToken;
        // A second work of the same authors and year: the citations take the corpus's letters, as the pages do.
        await Client.RunAsync([new CypherStatement(
            "CREATE (:Reference {id: 'zzq-hassink2007x', type: 'book', title: 'Another learning region', year: 2007, authors: ['Hassink, Robert', 'Klaerding, Claudia']})")], ct);

        var critiques = await _http.GetFromJsonAsync<JsonElement>("/api/queries/critiques?id=zzq-lr", ct);
        var raised = critiques.GetProperty("records").EnumerateArray()
            .Single(r => r.GetProperty("critiqueId").GetString() == "zzq-lr-fuzzy").GetProperty("raisedIn")[0];
        Assert.Equal(("zzq-hassink2007", "Hassink and Klaerding (2007b)"), (raised.GetProperty("ref").GetString(), raised.GetProperty("citation").GetString()));

        var lineage = await _http.GetFromJsonAsync<JsonElement>("/api/queries/lineage?id=zzq-lr", ct);
        var introduced = lineage.GetProperty("records").EnumerateArray().SelectMany(r => r.GetProperty("introducedIn").EnumerateArray())
            .First(i => i.GetProperty("ref").GetString() == "zzq-storper1993");
        Assert.Equal("Storper (1993)", introduced.GetProperty("citation").GetString());
        // An evidence item's source, when it is a work.
        var balance = await _http.GetFromJsonAsync<JsonElement>("/api/queries/evidence-balance?id=zzq-lr", ct);
        var sources = balance.GetProperty("records")[0].GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("evidenceId").GetString()!, i => i.TryGetProperty("sourceCitation", out var c) ? c.GetString() : null);
        Assert.Equal(("Storper (1993)", "Hassink and Klaerding (2007b)"), (sources["zzq-lr/evidence-1"], sources["zzq-lr/evidence-2"]));
        Assert.Null(sources["zzq-lr/evidence-3"]); // from a dataset, not a work
        // The columns are those the query declares: citations sit in the maps that hold the keys.
        Assert.Equal(QueryCatalog.Embedded.Get("lineage").Columns, lineage.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));

        // A step's key that names no work of the corpus gains nothing; one that does, its citation.
        await Client.RunAsync([new CypherStatement("MATCH (:Concept {id: 'zzq-lr'})-[s:DERIVED_FROM]->(:Concept {id: 'zzq-id'}) SET s.ref = 'zzq-not-a-work'")], ct);
        var concept = await _http.GetFromJsonAsync<JsonElement>("/api/queries/concept?id=zzq-lr", ct);
        var steps = concept.GetProperty("records")[0].GetProperty("derivedFrom").EnumerateArray()
            .ToDictionary(s => s.GetProperty("ref").GetString() ?? "", s => s.TryGetProperty("citation", out var c) ? c.GetString() : null);
        Assert.Equal("Florida (1995)", steps["zzq-florida1995"]);
        Assert.Null(steps["zzq-not-a-work"]);
    }

    [Theory]
    [InlineData("/api/networks/zzq-markusen/overlap")]
    [InlineData("/api/networks/zzq-markusen/participation")]
    [InlineData("/api/networks/zzq-markusen/brokers?minClasses=2")]
    [InlineData("/api/networks/zzq-markusen/typology?threshold=2&socialNatures=social,kinship")]
    public async Task Network_endpoints_answer(string path)
    {
        var response = await _http.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("&minClasses=1")]
    [InlineData("&minClasses=3")]
    public async Task Brokers_computed_in_the_service_answer_what_the_named_query_answers(string minClasses)
    {
        var ct = TestContext.Current.CancellationToken;

        var computed = await _http.GetFromJsonAsync<JsonElement>("/api/networks/zzq-markusen/brokers?" + minClasses.TrimStart('&'), ct);
        var query = await _http.GetFromJsonAsync<JsonElement>("/api/queries/brokers?dataset=zzq-markusen" + minClasses, ct);

        Assert.Equal("brokers", computed.GetProperty("query").GetString());
        Assert.Equal(query.GetProperty("columns").GetRawText(), computed.GetProperty("columns").GetRawText());
        Assert.Equal(query.GetProperty("records").GetRawText(), computed.GetProperty("records").GetRawText());
        Assert.NotEqual(0, computed.GetProperty("records").GetArrayLength());
    }

    /// <summary>
    /// The brokers endpoint takes its named query's period (brokers.cypher declares wave, from, to): it bound none, so
    /// ?wave=w2 answered all time with a 200, brokers the wave does not have.
    /// </summary>
    [Theory]
    [InlineData("wave=w2&minClasses=1")]
    [InlineData("from=2008&to=2008&minClasses=1")]
    public async Task Brokers_for_a_period_answer_what_the_named_query_answers_for_it(string parameters)
    {
        var ct = TestContext.Current.CancellationToken;
        await TimedFixtureWriter.WriteAsync(Client);

        var computed = await _http.GetFromJsonAsync<JsonElement>("/api/networks/zzq-timed/brokers?" + parameters, ct);
        var query = await _http.GetFromJsonAsync<JsonElement>("/api/queries/brokers?dataset=zzq-timed&" + parameters, ct);
        var allTime = await _http.GetFromJsonAsync<JsonElement>("/api/networks/zzq-timed/brokers?minClasses=1", ct);

        Assert.Equal(query.GetProperty("records").GetRawText(), computed.GetProperty("records").GetRawText());
        Assert.NotEqual(allTime.GetProperty("records").GetRawText(), computed.GetProperty("records").GetRawText());
    }

    /// <summary>
    /// Participation and overlap are computed in the service (MultiplexParticipation, PeriodAnalyses) and answer the
    /// named query's JSON, also for a period: the endpoints took no period before, so ?wave=w1 answered all time without a word.
    /// </summary>
    [Theory]
    [InlineData("participation", "multiplex-participation", "zzq-markusen", "")]
    [InlineData("participation", "multiplex-participation", "zzq-timed", "")]
    [InlineData("participation", "multiplex-participation", "zzq-timed", "wave=w2")]
    [InlineData("participation", "multiplex-participation", "zzq-timed", "from=2008&to=2008")]
    [InlineData("participation", "multiplex-participation", "zzq-timed", "wave=w2&from=2010")]
    [InlineData("overlap", "layer-overlap", "zzq-markusen", "")]
    [InlineData("overlap", "layer-overlap", "zzq-timed", "")]
    [InlineData("overlap", "layer-overlap", "zzq-timed", "wave=w2")]
    [InlineData("overlap", "layer-overlap", "zzq-timed", "from=2008&to=2008")]
    public async Task Participation_and_overlap_computed_in_the_service_answer_what_the_named_query_answers(string endpoint, string name, string dataset, string period)
    {
        var ct = TestContext.Current.CancellationToken;
        await TimedFixtureWriter.WriteAsync(Client);

        var computed = await _http.GetFromJsonAsync<JsonElement>($"/api/networks/{dataset}/{endpoint}?{period}", ct);
        var query = await _http.GetFromJsonAsync<JsonElement>($"/api/queries/{name}?dataset={dataset}&{period}", ct);

        Assert.Equal(name, computed.GetProperty("query").GetString());
        Assert.Equal(query.GetProperty("columns").GetRawText(), computed.GetProperty("columns").GetRawText());
        Assert.Equal(query.GetProperty("records").GetRawText(), computed.GetProperty("records").GetRawText());
        Assert.NotEqual(0, computed.GetProperty("records").GetArrayLength());
        if (period.Length > 0)
        {
            var allTime = await _http.GetFromJsonAsync<JsonElement>($"/api/networks/{dataset}/{endpoint}", ct);
            Assert.NotEqual(allTime.GetProperty("records").GetRawText(), computed.GetProperty("records").GetRawText());
        }
    }

    /// <summary>
    /// The typology is computed in the service (RegionalTypology) and answers the named query's JSON, with its threshold,
    /// socialNatures and period: the endpoint took no period before, so ?wave=w1 answered all time without a word.
    /// </summary>
    [Theory]
    [InlineData("zzq-markusen", "", "")]
    [InlineData("zzq-markusen", "threshold=2&socialNatures=social,kinship", "threshold=2&socialNatures=social&socialNatures=kinship")]
    [InlineData("zzq-markusen", "socialNatures=economic", "socialNatures=economic")]
    [InlineData("zzq-timed", "", "")]
    [InlineData("zzq-timed", "wave=w2", "wave=w2")]
    [InlineData("zzq-timed", "from=2008&to=2008&threshold=2", "from=2008&to=2008&threshold=2")]
    public async Task Typology_computed_in_the_service_answers_what_the_named_query_answers(string dataset, string parameters, string asQueryParameters)
    {
        var ct = TestContext.Current.CancellationToken;
        await TimedFixtureWriter.WriteAsync(Client);

        var computed = await _http.GetFromJsonAsync<JsonElement>($"/api/networks/{dataset}/typology?{parameters}", ct);
        var query = await _http.GetFromJsonAsync<JsonElement>($"/api/queries/regional-typology?dataset={dataset}&{asQueryParameters}", ct);

        Assert.Equal("regional-typology", computed.GetProperty("query").GetString());
        Assert.Equal(query.GetProperty("columns").GetRawText(), computed.GetProperty("columns").GetRawText());
        Assert.Equal(query.GetProperty("records").GetRawText(), computed.GetProperty("records").GetRawText());
        Assert.NotEqual(0, computed.GetProperty("records").GetArrayLength());
        if (parameters.Length > 0)
        {
            var defaults = await _http.GetFromJsonAsync<JsonElement>($"/api/networks/{dataset}/typology", ct);
            Assert.NotEqual(defaults.GetProperty("records").GetRawText(), computed.GetProperty("records").GetRawText());
        }
    }

    [Theory]
    [InlineData("/api/networks/zzq-timed/participation?wave=w9", "Parameter wave must be a wave of dataset 'zzq-timed' (w1, w2, w3), got 'w9'.")]
    [InlineData("/api/networks/zzq-timed/participation?from=2010&to=2008", "Parameter to must not be before from (2010-01-01), got '2008-12-31'.")]
    [InlineData("/api/networks/zzq-timed/participation?from=soon", "Parameter from must be a year or a date (YYYY, YYYY-MM or YYYY-MM-DD), got 'soon'.")]
    [InlineData("/api/networks/zzq-markusen/participation?wave=w1", "Parameter wave cannot be used: dataset 'zzq-markusen' declares no waves, got 'w1'.")]
    [InlineData("/api/networks/zzq-timed/overlap?wave=w9", "Parameter wave must be a wave of dataset 'zzq-timed' (w1, w2, w3), got 'w9'.")]
    [InlineData("/api/networks/zzq-timed/typology?wave=w9", "Parameter wave must be a wave of dataset 'zzq-timed' (w1, w2, w3), got 'w9'.")]
    [InlineData("/api/networks/zzq-timed/typology?from=2010&to=2008", "Parameter to must not be before from (2010-01-01), got '2008-12-31'.")]
    [InlineData("/api/networks/zzq-nope/typology?threshold=0", "Parameter threshold must be at least 1, got '0'.")]
    [InlineData("/api/networks/zzq-timed/brokers?wave=w9", "Parameter wave must be a wave of dataset 'zzq-timed' (w1, w2, w3), got 'w9'.")]
    [InlineData("/api/networks/zzq-timed/brokers?from=2010&to=2008", "Parameter to must not be before from (2010-01-01), got '2008-12-31'.")]
    public async Task A_participation_period_that_names_nothing_is_refused(string path, string detail)
    {
        await TimedFixtureWriter.WriteAsync(Client);

        using var response = await _http.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body);
        Assert.Equal(detail, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/networks/zzq-nope/participation")]
    [InlineData("/api/networks/zzq-nope/overlap")]
    [InlineData("/api/networks/zzq-nope/brokers")]
    [InlineData("/api/networks/zzq-nope/typology")]
    [InlineData("/api/networks/zzq-nope/typology?wave=w1")]
    [InlineData("/api/networks/zzq-nope.graphml")]
    [InlineData("/api/concepts/zzq-nope/reading-list.bib")]
    public async Task Unknown_ids_are_404(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Cypher_endpoint_runs_reads_and_cuts_at_the_limit()
    {
        var response = await _http.PostAsJsonAsync("/api/cypher", new
        {
            query = "MATCH (a:Actor) WHERE a.id STARTS WITH $prefix RETURN a.id AS id ORDER BY id",
            parameters = new { prefix = "zzq-" },
            limit = 2,
        }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(body.GetProperty("truncated").GetBoolean());
        Assert.Equal(2, body.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task Cypher_endpoint_refuses_writes_with_a_problem_naming_the_operation()
    {
        var before = await Neo4j.CountAsync("MATCH (n) RETURN count(n)");
        var response = await _http.PostAsJsonAsync("/api/cypher", new { query = "MATCH (a:Actor) DETACH DELETE a" }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("DETACH DELETE", problem.GetProperty("operation").GetString());
        Assert.Contains("DETACH DELETE", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await Neo4j.CountAsync("MATCH (n) RETURN count(n)"));
    }

    [Theory]
    [InlineData(Exploits.CreateUser, "dbms.security.createUser")]
    [InlineData(Exploits.ChangePassword, "dbms.security.changePassword")]
    public async Task Cypher_endpoint_refuses_the_security_procedure_exploits(string exploit, string procedure)
    {
        var before = await GuardedState.ReadAsync(Client);
        var response = await _http.PostAsJsonAsync("/api/cypher", new { query = exploit }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(procedure, problem.GetProperty("operation").GetString());
        Assert.Equal(before, await GuardedState.ReadAsync(Client));
    }

    [Fact]
    public async Task Cypher_endpoint_cuts_thirty_million_rows_at_the_limit_without_reading_them()
    {
        var (response, allocated) = await ProcessAllocations.LeastOfAsync(
            () => _http.PostAsJsonAsync("/api/cypher", new { query = Exploits.ThirtyMillionRows, limit = 10 }, cancellationToken: TestContext.Current.CancellationToken),
            200L * 1024 * 1024);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(body.GetProperty("truncated").GetBoolean());
        Assert.Equal(Enumerable.Range(1, 10), body.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("x").GetInt32()));
        // The host (in this process) read 10 rows, not the 1.2 GB answer.
        Assert.True(allocated < 200L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB");
    }

    [Theory]
    [InlineData("""{"query": "RETURN 1", "limit": -1}""", "Parameter limit must be between 0 and 100000, got -1.")]
    [InlineData("""{"query": "RETURN 1", "limit": 100001}""", "Parameter limit must be between 0 and 100000, got 100001.")]
    [InlineData("""{"query": "RETURN 1", "timeoutSeconds": "NaN"}""", "Parameter timeoutSeconds must be between 0.001 and 300, got NaN.")]
    [InlineData("""{"query": "RETURN 1", "timeoutSeconds": 1e-9}""", "Parameter timeoutSeconds must be between 0.001 and 300, got 1E-09.")]
    [InlineData("""{"query": "RETURN $p", "parameters": {"p": 9223372036854775808}}""", "Parameter parameters.p: the integer 9223372036854775808 is beyond the range of a Cypher integer")]
    [InlineData("""{"query": "RETURN $p", "parameters": {"p": [-9223372036854775809]}}""", "Parameter parameters.p: the integer -9223372036854775809 is beyond the range of a Cypher integer")]
    [InlineData("""{"query": "RETURN $p", "parameters": {"p": 1e400}}""", "Parameter parameters.p: the number 1e400 is beyond the range of a Cypher float (about ±1.8e308).")]
    [InlineData("""{"query": "RETURN $p", "parameters": {"p": [1, {"q": -1e309}]}}""", "Parameter parameters.p: the number -1e309 is beyond the range of a Cypher float (about ±1.8e308).")]
    [InlineData("""{"query": "RETURN $p", "parameters": {"p": {"\udc00": "\ud800"}}}""", "Parameter parameters.p: a string holds half a UTF-16 surrogate pair")]
    public async Task Cypher_endpoint_answers_values_it_cannot_use_with_400_naming_them(string body, string detail)
    {
        // Both were 500s: NaN slipped past the range check, and 1e400 became an infinity JSON cannot carry to Neo4j.
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await _http.PostAsync("/api/cypher", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cypher_endpoint_names_the_first_bad_parameters_cut_and_counts_the_rest()
    {
        // Every bad parameter was a sentence, twice in the answer (detail and errors), its name echoed whole: a 3.8 MB body
        // of 230,000 {"p1": 1e400, ...} was answered with 48 MB.
        var body = new System.Text.StringBuilder("""{"query": "RETURN 1", "parameters": {""");
        body.Append('"').Append(new string('n', 50_000)).Append("\": 1e400");
        for (var i = 0; i < 900; i++) body.Append(", \"p").Append(i).Append("\": 1e400");
        body.Append("}}");
        using var content = new StringContent(body.ToString(), System.Text.Encoding.UTF8, "application/json");
        var response = await _http.PostAsync("/api/cypher", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(text.Length < 20_000, $"the answer is {text.Length:N0} characters long");
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(TimKnowledgeGraph.Host.Output.CappedErrors.MaxKept + 1, errors.Count);
        Assert.StartsWith("Parameter parameters.nnn", errors[0]);
        Assert.Equal($"{901 - TimKnowledgeGraph.Host.Output.CappedErrors.MaxKept:N0} more parameter(s) could not be read.", errors[^1]);
    }

    [Fact]
    public async Task Cypher_endpoint_refuses_more_parameters_than_it_reads_in_one_sentence()
    {
        // Each bad parameter costs a parser exception: 230,000 of them fit in the 4 MB a body may have.
        var body = new System.Text.StringBuilder("""{"query": "RETURN 1", "parameters": {"p0": 1e400""");
        for (var i = 1; i <= TimKnowledgeGraph.Host.Api.CypherEndpoints.MaxParameters; i++) body.Append(", \"p").Append(i).Append("\": 1e400");
        body.Append("}}");
        using var content = new StringContent(body.ToString(), System.Text.Encoding.UTF8, "application/json");
        var response = await _http.PostAsync("/api/cypher", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal([$"Parameter parameters has {TimKnowledgeGraph.Host.Api.CypherEndpoints.MaxParameters + 1:N0} entries; at most {TimKnowledgeGraph.Host.Api.CypherEndpoints.MaxParameters:N0} are read."], errors);
    }

    [Fact]
    public async Task Cypher_endpoint_returns_half_a_surrogate_pair_Neo4j_holds_as_the_replacement_character()
    {
        // Reading "\uD800" in Neo4j's answer threw, and the answer was a 500.
        var response = await _http.PostAsJsonAsync("/api/cypher", new { query = "RETURN 'a\\uD800' AS x" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("a\uFFFD", body.GetProperty("records")[0].GetProperty("x").GetString());
    }

    [Fact]
    public async Task Cypher_endpoint_passes_integers_on_as_integers_and_larger_numbers_as_floats()
    {
        // 2^53: Neo4j 3.1.1's HTTP API itself rounds integer parameters past it to 53 bits (9007199254740993 comes back as
        // ...992, still an integer); literals in the query text stay exact. Past 2^63 the API refuses them (the theory above).
        using var content = new StringContent(
            """{"query": "RETURN $big AS big, $small AS small, $list AS list, $float AS float", "parameters": {"big": 9007199254740992, "small": -9007199254740992, "list": [3000000000], "float": 9223372036854775808.0}}""",
            System.Text.Encoding.UTF8, "application/json");
        var response = await _http.PostAsync("/api/cypher", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken)).GetProperty("records")[0];
        Assert.Equal("9007199254740992", row.GetProperty("big").GetRawText());
        Assert.Equal("-9007199254740992", row.GetProperty("small").GetRawText());
        Assert.Equal("3000000000", row.GetProperty("list")[0].GetRawText());
        Assert.Equal(9.223372036854775808e18, row.GetProperty("float").GetDouble());
        Assert.Contains('E', row.GetProperty("float").GetRawText()); // a float, not an integer
    }

    /// <summary>
    /// .NET reads the JSON number 3.0 as the integer 3 when asked for one, and writes the float 3.0 as 3: $x / 2 was
    /// integer division (1, where Neo4j gives 1.5) and RETURN 3.0 came back as an integer.
    /// </summary>
    [Fact]
    public async Task Cypher_endpoint_keeps_floats_written_with_a_point_or_exponent_floats_both_ways()
    {
        using var content = new StringContent(
            """{"query": "RETURN $x / 2 AS half, $x AS x, $e AS e, $i / 2 AS whole, 3.0 AS literal, toFloat(3) AS converted", "parameters": {"x": 3.0, "e": 3e0, "i": 3}}""",
            System.Text.Encoding.UTF8, "application/json");
        var response = await _http.PostAsync("/api/cypher", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: TestContext.Current.CancellationToken)).GetProperty("records")[0];
        Assert.Equal(("1.5", "3.0", "3.0", "1"), (row.GetProperty("half").GetRawText(), row.GetProperty("x").GetRawText(), row.GetProperty("e").GetRawText(), row.GetProperty("whole").GetRawText()));
        Assert.Equal(("3.0", "3.0"), (row.GetProperty("literal").GetRawText(), row.GetProperty("converted").GetRawText()));
    }

    // Bodies were read whole up to Kestrel's 30 MB before a query's place was taken: twenty of 25 MB at once held 3.3 GB.
    [Theory]
    [InlineData(3 << 20, HttpStatusCode.OK)]
    [InlineData(5 << 20, HttpStatusCode.RequestEntityTooLarge)]
    public async Task Cypher_endpoint_refuses_a_body_over_its_size_limit_before_reading_it(int parameterBytes, HttpStatusCode expected)
    {
        using var content = new StringContent(
            "{\"query\": \"RETURN size($p) AS n\", \"parameters\": {\"p\": \"" + new string('a', parameterBytes) + "\"}}",
            System.Text.Encoding.UTF8, "application/json");
        // Expect: 100-continue, as curl sends it for large bodies: the server answers before the body is sent.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cypher") { Content = content };
        request.Headers.ExpectContinue = true;
        var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Cypher_syntax_errors_are_400()
    {
        var response = await _http.PostAsJsonAsync("/api/cypher", new { query = "MATCH (n RETURN n" }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // Neo4j 3.1 answers each with Neo.DatabaseError.Statement.ExecutionFailed (a Java exception of the query's own values,
    // which 5.x reports as a client error); they were 502 "Neo4j failed".
    [Theory]
    [InlineData("MATCH (n) WHERE n.name =~ '[' RETURN n", "Unclosed character class near index 0")]
    [InlineData("RETURN substring('abc', -1) AS s", "begin -1, end 3, length 3")]
    [InlineData("WITH 0 AS z RETURN 7 % z AS m", "/ by zero")]
    public async Task Cypher_errors_of_the_querys_own_values_are_400_with_Neo4js_one_line_message(string query, string message)
    {
        var response = await _http.PostAsJsonAsync("/api/cypher", new { query }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("detail").GetString()!;
        Assert.Equal($"Neo4j rejected the query (Neo.DatabaseError.Statement.ExecutionFailed): {message}", detail);
    }

    [Fact]
    public async Task Reading_list_exports_as_BibTeX_and_CSL_JSON()
    {
        var bib = await _http.GetStringAsync("/api/concepts/zzq-lr/reading-list.bib", TestContext.Current.CancellationToken);
        Assert.Contains("@article{zzq-storper1993,", bib, StringComparison.Ordinal);
        Assert.Contains("@incollection{zzq-hassink2007,", bib, StringComparison.Ordinal);
        using var csl = JsonDocument.Parse(await _http.GetStringAsync("/api/concepts/zzq-lr/reading-list.json", TestContext.Current.CancellationToken));
        Assert.Equal(6, csl.RootElement.GetArrayLength());
        var list = await _http.GetFromJsonAsync<JsonElement>("/api/concepts/zzq-lr/reading-list", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(6, list.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public async Task Networks_export_as_GraphML_and_GEXF()
    {
        var graphml = XDocument.Parse(await _http.GetStringAsync("/api/networks/zzq-markusen.graphml", TestContext.Current.CancellationToken));
        Assert.Equal(12, graphml.Descendants(GraphMlWriter.Ns + "edge").Count());
        Assert.Equal(11, graphml.Descendants(GraphMlWriter.Ns + "node").Count());
        var gexf = XDocument.Parse(await _http.GetStringAsync("/api/networks/zzq-markusen.gexf", TestContext.Current.CancellationToken));
        Assert.Equal(12, gexf.Descendants(GexfWriter.Ns + "edge").Count());
    }

    [Fact]
    public async Task Isolates_get_a_participation_row_of_zero_and_are_exported()
    {
        await TradeFriendshipFixture.ImportAsync(Client);
        var body = await _http.GetFromJsonAsync<JsonElement>($"/api/networks/{TradeFriendshipFixture.Id}/participation", cancellationToken: TestContext.Current.CancellationToken);
        var rows = body.GetProperty("records").EnumerateArray().ToDictionary(r => r.GetProperty("actorId").GetString()!);

        Assert.Equal(13, rows.Count);
        var isolate = rows[TradeFriendshipFixture.Id + "/iso1"];
        Assert.Equal((0, 0.0), (isolate.GetProperty("overlappingDegree").GetInt32(), isolate.GetProperty("participation").GetDouble()));
        var gexf = XDocument.Parse(await _http.GetStringAsync($"/api/networks/{TradeFriendshipFixture.Id}.gexf", TestContext.Current.CancellationToken));
        Assert.Contains(gexf.Descendants(GexfWriter.Ns + "node"), n => (string?)n.Attribute("id") == "iso1");
    }

    [Fact]
    public async Task The_network_query_streams_what_its_cypher_row_holds()
    {
        await TradeFriendshipFixture.ImportAsync(Client);
        await TimedFixtureWriter.WriteAsync(Client);
        using var listed = new TempContent();
        await File.WriteAllTextAsync(Path.Combine(listed.Root, "dataset.md"),
            "---\nid: zzq-listed\nlayers:\n  - {id: trade, nature: economic}\n  - {id: friendship, nature: social}\n---\n", TestContext.Current.CancellationToken);
        // An actor listed in two layers for a period: the query's `time` has an entry per listed participation.
        await File.WriteAllTextAsync(Path.Combine(listed.Root, "actors.csv"),
            "id,name,kind,layers,from,to\na,A,firm,trade;friendship,2012,2013\nb,B,firm,,,\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(listed.Root, "ties.csv"), "source,target,layer,weight\na,b,trade,0.5\n", TestContext.Current.CancellationToken);
        await TradeFriendshipFixture.ImportAsync(Client, listed.Root);
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        // A content-shaped network (regions, no import), an imported one with isolates and outside actors, a timed
        // panel, and the actor listed in two layers for a period.
        foreach (var id in new[] { "zzq-markusen", TradeFriendshipFixture.Id, TimedFixtureWriter.Id, "zzq-listed" })
        {
            var row = await QueryFixtures.RunAsync(Client, "network", ("dataset", id));
            var expected = JsonSerializer.SerializeToNode(QueryResponse.From("network", row), web);

            using var response = await _http.GetAsync($"/api/queries/network?dataset={id}", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

            Assert.NotEmpty(answer!["records"]![0]!["ties"]!.AsArray()); // there are ties to compare
            // Written from the paged read: its maps list their keys as the query's header does, a layer's id first.
            Assert.All(answer["records"]![0]!["layers"]!.AsArray(), l => Assert.Equal("id", l!.AsObject().First().Key));
            Assert.True(JsonNode.DeepEquals(NetworkRowJson.Comparable(expected), NetworkRowJson.Comparable(answer)),
                $"{id}: the Cypher row\n{expected}\nthe streamed answer\n{answer}");
        }
        Assert.Equal(NetworkQueryJson.Columns, QueryCatalog.Embedded.Get("network").Columns);

        // No such dataset is a typo, not an empty answer (it answered 200 with no record before).
        using var none = await _http.GetAsync("/api/queries/network?dataset=zzq-no-such", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    /// <summary>
    /// An unknown dataset or wave, or a part past the parts, answered 200 as if it were real: no rows for the dataset,
    /// every wave's ties for the wave, zeros for the part; a repeated parameter was joined with commas into a value
    /// nobody gave. Each is now refused with a sentence naming what exists.
    /// </summary>
    [Theory]
    [InlineData("/api/queries/layer-overlap?dataset=zzq-markusn", 404, "No network dataset with id 'zzq-markusn'. Did you mean zzq-markusen?")]
    [InlineData("/api/queries/tie-dynamics?dataset=zzq-timd", 404, "No network dataset with id 'zzq-timd'. Did you mean zzq-timed?")]
    [InlineData("/api/queries/brokers?dataset=zzq-markusen&wave=w1", 400, "Parameter wave cannot be used: dataset 'zzq-markusen' declares no waves, got 'w1'.")]
    [InlineData("/api/queries/layer-overlap?dataset=zzq-timed&wave=w9", 400, "Parameter wave must be a wave of dataset 'zzq-timed' (w1, w2, w3), got 'w9'.")]
    [InlineData("/api/queries/multiplex-participation?dataset=zzq-timed&wave=", 400, "Parameter wave must be a wave of dataset 'zzq-timed' (w1, w2, w3), got ''.")]
    [InlineData("/api/queries/layer-overlap?dataset=zzq-timed&part=5&parts=3", 400, "Parameter part of query 'layer-overlap' must be less than parts (3), got '5'.")]
    [InlineData("/api/queries/layer-overlap?dataset=zzq-timed&dataset=zzq-markusen", 400, "Parameter dataset is given 2 times, expected once.")]
    public async Task A_dataset_wave_or_part_that_names_nothing_is_refused_with_what_exists(string path, int status, string detail)
    {
        await TimedFixtureWriter.WriteAsync(Client);

        using var response = await _http.GetAsync(path, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.True(status == (int)response.StatusCode, body);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(detail, JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_declared_wave_and_a_part_below_the_parts_are_answered()
    {
        await TimedFixtureWriter.WriteAsync(Client);

        foreach (var path in new[]
        {
            "/api/queries/layer-overlap?dataset=zzq-timed&wave=w2",
            "/api/queries/regional-typology?dataset=zzq-timed&wave=w3",
            "/api/queries/layer-overlap?dataset=zzq-timed&part=2&parts=3",
            "/api/queries/regional-typology?dataset=zzq-markusen",
            "/api/queries/regional-typology?dataset=zzq-markusen&socialNatures=social&socialNatures=kinship", // a list may repeat
        })
        {
            using var response = await _http.GetAsync(path, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {body}");
            Assert.NotEmpty(JsonDocument.Parse(body).RootElement.GetProperty("records").EnumerateArray());
        }
    }
}
