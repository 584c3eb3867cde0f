using System.Net;
using System.Text.Json;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Web;

namespace TimKnowledgeGraph.Tests.Search;

/// <summary>API errors a person can act on: problem+json, the right status, a sentence, and the names they may have meant.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class ApiErrorTests(Neo4jFixture neo4j, CorpusHost corpus) : IClassFixture<CorpusHost>
{
    private Task<JsonElement> ProblemAsync(string path, HttpStatusCode status) => ProblemAsync(new HttpRequestMessage(HttpMethod.Get, path), status);

    private async Task<JsonElement> ProblemAsync(HttpRequestMessage request, HttpStatusCode status)
    {
        var host = await corpus.StartAsync(neo4j);
        using var sent = request;
        using var response = await host.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task ShouldNameTheNearestQueriesForAnUnknownQuery()
    {
        var problem = await ProblemAsync("/api/queries/lineag", HttpStatusCode.NotFound);

        Assert.Equal("No query named 'lineag'. Did you mean lineage?", problem.GetProperty("detail").GetString());
        Assert.Equal("lineage", problem.GetProperty("nearestQueries")[0].GetString());
        var nope = await ProblemAsync("/api/queries/nope", HttpStatusCode.NotFound);
        Assert.StartsWith("No query named 'nope'.", nope.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/queries/web-node?id=learning-region&label=Concept")]
    [InlineData("/api/queries/ping")]
    public async Task ShouldNeitherListNorRunAnInternalQuery(string path)
    {
        var problem = await ProblemAsync(path, HttpStatusCode.NotFound);

        Assert.StartsWith("No query named", problem.GetProperty("detail").GetString());
        var host = await corpus.StartAsync(neo4j);
        var listed = JsonDocument.Parse(await host.Http.GetStringAsync("/api/queries", TestContext.Current.CancellationToken)).RootElement.EnumerateArray()
            .Select(q => q.GetProperty("name").GetString()).ToList();
        Assert.Contains("lineage", listed);
        Assert.DoesNotContain(listed, name => name!.StartsWith("web-", StringComparison.Ordinal) || name is "ping" or "id-labels" or "ids-by-label" or "dataset-waves");
    }

    [Fact]
    public async Task ShouldListTheRangeAnIntParameterAccepts()
    {
        var host = await corpus.StartAsync(neo4j);
        var lineage = JsonDocument.Parse(await host.Http.GetStringAsync("/api/queries", TestContext.Current.CancellationToken)).RootElement.EnumerateArray()
            .Single(q => q.GetProperty("name").GetString() == "lineage");
        var parameters = lineage.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);

        Assert.Equal((1, 6), (parameters["maxDepth"].GetProperty("minimum").GetInt64(), parameters["maxDepth"].GetProperty("maximum").GetInt64()));
        Assert.Equal(JsonValueKind.Null, parameters["id"].GetProperty("minimum").ValueKind);
    }

    [Theory]
    [InlineData("/api/concepts/learning-region/reading-list?maxDepth=9")]
    [InlineData("/api/concepts/learning-region/reading-list.bib?maxDepth=0")]
    [InlineData("/api/concepts/learning-region/reading-list.json?maxDepth=deep")]
    public async Task ShouldRefuseADepthOutsideOneToSixWithTheSameSentenceEverywhere(string path)
    {
        var problem = await ProblemAsync(path, HttpStatusCode.BadRequest);

        Assert.StartsWith("Parameter maxDepth must be a whole number from 1 to 6, got '", problem.GetProperty("detail").GetString());
    }

    /// <summary>
    /// A parameter given twice reached the endpoint joined with a comma: the search looked for "learning,region", a
    /// depth or a count was refused as a number it was not given. A list parameter may repeat (it means the list).
    /// </summary>
    [Theory]
    [InlineData("/api/search?q=learning&q=region", "Parameter q is given 2 times, expected once.")]
    [InlineData("/api/networks/preface-network/measures?top=1&top=2&top=3", "Parameter top is given 3 times, expected once.")]
    [InlineData("/api/concepts/learning-region/lineage?maxDepth=2&maxDepth=3", "Parameter maxDepth is given 2 times, expected once.")]
    [InlineData("/api/queries/lineage?id=learning-region&id=cluster", "Parameter id is given 2 times, expected once.")]
    public async Task ShouldRefuseAParameterGivenTwice(string path, string detail)
    {
        var problem = await ProblemAsync(path, HttpStatusCode.BadRequest);

        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ShouldTakeARepeatedListParameterAsTheList()
    {
        var host = await corpus.StartAsync(neo4j);

        var repeated = await host.Http.GetStringAsync("/api/networks/preface-network/typology?socialNatures=social&socialNatures=kinship", TestContext.Current.CancellationToken);
        var joined = await host.Http.GetStringAsync("/api/networks/preface-network/typology?socialNatures=social,kinship", TestContext.Current.CancellationToken);

        Assert.Equal(joined, repeated);
        Assert.Contains("socialNatures", TimKnowledgeGraph.Host.Api.SingleValuedParameters.Lists);
    }

    [Fact]
    public async Task ShouldNameTheNearestConceptIdsForAMisspelledConcept()
    {
        var problem = await ProblemAsync("/api/concepts/lerning-region/lineage", HttpStatusCode.NotFound);

        Assert.StartsWith("No concept with id 'lerning-region'. Did you mean learning-region", problem.GetProperty("detail").GetString());
        Assert.Equal("learning-region", problem.GetProperty("nearestIds")[0].GetString());
    }

    [Theory]
    [InlineData("/api/queries/lineage?id=lerning-region")]
    [InlineData("/api/queries/critiques?id=lerning-region")]
    [InlineData("/api/queries/concept?id=lerning-region")]
    [InlineData("/api/concepts/lerning-region/reading-list")]
    public async Task ShouldAnswerNotFoundForAMisspelledIdOfANamedQuery(string path)
    {
        var problem = await ProblemAsync(path, HttpStatusCode.NotFound);

        Assert.Contains("'lerning-region'", problem.GetProperty("detail").GetString());
        Assert.Equal("learning-region", problem.GetProperty("nearestIds")[0].GetString());
    }

    [Theory]
    [InlineData("/api/networks/preface-netwrk/measures")]
    [InlineData("/api/networks/preface-netwrk/typology")]
    [InlineData("/api/networks/preface-netwrk/overlap")]
    [InlineData("/api/networks/preface-netwrk.graphml")]
    [InlineData("/api/networks/preface-netwrk.gexf")]
    public async Task ShouldNameTheNearestDatasetForAMisspelledNetwork(string path)
    {
        var problem = await ProblemAsync(path, HttpStatusCode.NotFound);

        Assert.Equal("No network dataset with id 'preface-netwrk'. Did you mean preface-network?", problem.GetProperty("detail").GetString());
        Assert.Equal("preface-network", problem.GetProperty("nearestIds")[0].GetString());
    }

    [Theory]
    [InlineData("/api/networks/preface/measures", "network dataset", "preface-network")]
    [InlineData("/api/concepts/learning/lineage", "concept", "learning-region")]
    public async Task ShouldNameTheIdsThatHoldWhatWasTypedWhenItIsTooShortForATypo(string path, string what, string meant)
    {
        var problem = await ProblemAsync(path, HttpStatusCode.NotFound);

        Assert.Contains(meant, problem.GetProperty("nearestIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains($"No {what} with id", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/references/storpr1993")]
    [InlineData("/api/references/storpr1993.bib")]
    [InlineData("/api/references/storpr1993.json")]
    public async Task ShouldNameTheNearestCitationKeyForAMisspelledReference(string path)
    {
        var problem = await ProblemAsync(path, HttpStatusCode.NotFound);

        Assert.StartsWith("No reference with citation key 'storpr1993'. Did you mean storper1993, ", problem.GetProperty("detail").GetString());
        Assert.Equal("storper1993", problem.GetProperty("nearestIds")[0].GetString());
    }

    [Theory]
    [InlineData("/api/networks/preface-network/measures?top=0", "Parameter top must be at least 1, got '0'.")]
    [InlineData("/api/networks/preface-network/typology?threshold=0", "Parameter threshold must be at least 1, got '0'.")]
    [InlineData("/api/networks/preface-network/brokers?minClasses=-5", "Parameter minClasses must be at least 1, got '-5'.")]
    public async Task ShouldExplainABadNetworkParameterInASentence(string path, string sentence)
    {
        var problem = await ProblemAsync(path, HttpStatusCode.BadRequest);

        Assert.Equal(sentence, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/api/networks/preface-network/measures?top=99999999999", "Parameter top must be a whole number up to 2147483647, got '99999999999'.")]
    [InlineData("/api/networks/preface-network/brokers?minClasses=abc", "Parameter minClasses must be a whole number up to 2147483647, got 'abc'.")]
    public async Task ShouldNameAParameterThatCannotBindInTheDetail(string path, string sentence)
    {
        // These were 400s with a title and nothing else, then ASP.NET Core's sentence naming C#'s type ("Nullable<int> top").
        var problem = await ProblemAsync(path, HttpStatusCode.BadRequest);

        Assert.Equal(sentence, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ShouldAnswerTheHealthCheckOnlyToGetAndHead()
    {
        var host = await corpus.StartAsync(neo4j);
        using var delete = await host.Http.DeleteAsync("/api/health", TestContext.Current.CancellationToken);
        using var head = await host.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/health"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task ShouldStillAnswerAKnownId()
    {
        var host = await corpus.StartAsync(neo4j);
        using var response = await host.Http.GetAsync("/api/queries/lineage?id=learning-region", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/queries/lineage?id=learning-region&maxDepth=abc", "Parameter maxDepth of query 'lineage' must be a whole number from 1 to 6, got 'abc'.")]
    [InlineData("/api/queries/lineage?id=learning-region&maxDepth=-1", "Parameter maxDepth of query 'lineage' must be a whole number from 1 to 6, got '-1'.")]
    [InlineData("/api/queries/critiques?id=learning-region&maxDepth=7", "Parameter maxDepth of query 'critiques' must be a whole number from 0 to 6, got '7'.")]
    [InlineData("/api/queries/most-contested?limit=0", "Parameter limit of query 'most-contested' must be a whole number from 1 to 1000, got '0'.")]
    [InlineData("/api/queries/layer-overlap?dataset=x&parts=0", "Parameter parts of query 'layer-overlap' must be a whole number of at least 1, got '0'.")]
    [InlineData("/api/concepts/learning-region/lineage?maxDepth=0", "Parameter maxDepth must be a whole number from 1 to 6, got '0'.")]
    [InlineData("/api/concepts/learning-region/reading-list.bib?maxDepth=7", "Parameter maxDepth must be a whole number from 1 to 6, got '7'.")]
    [InlineData("/api/concepts/learning-region/lineage?maxDepth=abc", "Parameter maxDepth must be a whole number from 1 to 6, got 'abc'.")]
    [InlineData("/api/queries/lineage", "Query 'lineage' needs parameter 'id'")]
    public async Task ShouldExplainABadParameterInASentence(string path, string sentence)
    {
        var problem = await ProblemAsync(path, HttpStatusCode.BadRequest);

        Assert.Contains(sentence, problem.GetProperty("detail").GetString());
    }

    // The answers below had a title and a status and nothing else, or a sentence naming C# types
    // ("could not be converted to TimKnowledgeGraph.Host.Api.CypherRequest") and suggesting a service.

    private const string CypherBody =
        "send a JSON object with the fields query (text), parameters (an object), limit (a whole number) and timeoutSeconds (a number).";

    [Theory]
    [InlineData("GET", "/api/cypher", "This address answers POST requests only, not GET.")]
    [InlineData("DELETE", "/api/health", "This address answers GET or HEAD requests only, not DELETE.")]
    [InlineData("PUT", "/api/concepts/learning-region/lineage", "This address answers GET requests only, not PUT.")]
    public async Task ShouldSayWhichMethodsAnAddressAnswers(string method, string path, string sentence)
    {
        var problem = await ProblemAsync(new HttpRequestMessage(new HttpMethod(method), path), HttpStatusCode.MethodNotAllowed);

        Assert.Equal(sentence, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "this request sent 'application/x-www-form-urlencoded'.")]
    [InlineData(null, "this request sent none.")]
    public async Task ShouldAskForJsonWhenTheBodyIsNotSentAsJson(string? contentType, string sent)
    {
        var content = new ByteArrayContent("""{"query":"RETURN 1"}"""u8.ToArray()); // curl -d sends the first
        if (contentType is not null) content.Headers.ContentType = new(contentType);

        var problem = await ProblemAsync(new HttpRequestMessage(HttpMethod.Post, "/api/cypher") { Content = content }, HttpStatusCode.UnsupportedMediaType);

        Assert.Equal("The body must be JSON, sent with the header Content-Type: application/json; " + sent, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("""{"query":5}""", "The body is not the JSON this address expects (at $.query): ")]
    [InlineData("""{"query":"RETURN 1","limit":"ten"}""", "The body is not the JSON this address expects (at $.limit): ")]
    [InlineData("[1]", "The body is not the JSON this address expects (at $): ")]
    [InlineData("""{"query":""", "The body is not the JSON this address expects (at $.query): ")]
    [InlineData("null", "The body is not the JSON this address expects: ")]
    [InlineData("", "The request has no body: ")]
    public async Task ShouldSayABodyIsNotTheJsonExpectedAndWhatIs(string body, string start)
    {
        var problem = await ProblemAsync(new HttpRequestMessage(HttpMethod.Post, "/api/cypher")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        }, HttpStatusCode.BadRequest);

        Assert.Equal(start + CypherBody, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ShouldEchoAtMostAHundredCharactersOfTheBody()
    {
        var problem = await ProblemAsync(new HttpRequestMessage(HttpMethod.Post, "/api/cypher")
        {
            Content = new StringContent("{\"" + new string('x', 100_000) + "\":", System.Text.Encoding.UTF8, "application/json"),
        }, HttpStatusCode.BadRequest);

        var detail = problem.GetProperty("detail").GetString()!;
        Assert.StartsWith("The body is not the JSON this address expects (at $." + new string('x', 98) + "…): ", detail);
        Assert.EndsWith(CypherBody, detail);
    }

    [Theory]
    [InlineData("/api/references/%2e%2e")]
    [InlineData("/api/no-such-route")]
    public async Task ShouldSayNoRouteAnswersAnAddress(string path)
    {
        var problem = await ProblemAsync(path, HttpStatusCode.NotFound);

        Assert.Equal("No API route answers this address; the routes are listed in /openapi/v1.json.", problem.GetProperty("detail").GetString());
    }
}
