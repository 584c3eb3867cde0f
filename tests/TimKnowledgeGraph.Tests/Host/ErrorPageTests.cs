using System.Net;
using TimKnowledgeGraph.Host.Web.Hosting;
using TimKnowledgeGraph.Neo4j.LocalServer;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.LocalServer;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>Browsers get readable error pages in the site's layout; API callers keep problem+json.</summary>
public sealed class ErrorPageTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [LocalNeo4jFact]
    public async Task ShouldAnswerAPageWithAReadable503WhileNeo4jIsDownAndTheApiWithProblemJson()
    {
        // A server of its own, stopped under a running host (pointed at it as an external server).
        var dataDirectory = LocalNeo4jTestSupport.NewDataDirectory();
        var options = LocalNeo4jTestSupport.NewOptions(dataDirectory);
        await using var server = new LocalNeo4jServer(options);
        var endpoint = await server.StartAsync(TestContext.Current.CancellationToken);
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(endpoint.HttpUri, endpoint.User, endpoint.Password, content.Root);
        await server.StopAsync(TestContext.Current.CancellationToken);

        // An address of its own (the query string is part of the page cache's key): the host's warm-up requests the
        // concept's page as it starts, a loaded machine may let it do so before the server is down, and a cached page is
        // served while Neo4j is down (the graph it shows has not changed).
        var page = await GetAsync(host, "/concepts/learning-region?while=down", "text/html,application/xhtml+xml,*/*;q=0.8");
        var api = await GetAsync(host, "/api/concepts/learning-region/lineage", "text/html");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Equal("text/html", page.ContentType);
        Assert.Contains("<h1>The graph database is not answering</h1>", page.Body);
        Assert.Contains("class=\"site-header\"", page.Body); // the site's layout
        Assert.Contains($"Neo4j unavailable at {endpoint.HttpUri}", page.Body);
        Assert.Contains("reload this page", page.Body);
        Assert.Contains("/api/health", page.Body);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.Status);
        Assert.Equal("application/problem+json", api.ContentType);
        LocalNeo4jTestSupport.DeleteQuietly(dataDirectory);
    }

    [Fact]
    public async Task ShouldAnswerAnUnknownPageWithAReadable404AndAnUnknownApiRouteWithProblemJson()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var page = await GetAsync(host, "/no/such/page", "text/html");
        var api = await GetAsync(host, "/api/no-such-route", "text/html");
        var pageAsJson = await GetAsync(host, "/no/such/page", "application/json");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("text/html", page.ContentType);
        Assert.Contains("<h1>Page not found</h1>", page.Body);
        Assert.Contains("<code>/no/such/page</code>", page.Body);
        Assert.Contains("class=\"site-header\"", page.Body);
        Assert.Equal(HttpStatusCode.NotFound, api.Status);
        Assert.Equal("application/problem+json", api.ContentType);
        Assert.Contains("\"detail\":\"No API route answers this address; the routes are listed in /openapi/v1.json.\"", api.Body);
        Assert.Equal(HttpStatusCode.NotFound, pageAsJson.Status);
        Assert.Contains("\"detail\":\"Nothing is found at this address; check it, or search the knowledge base at /search.\"", pageAsJson.Body);
    }

    /// <summary>
    /// An id of only white space (model binding makes it null) was a NullReferenceException in the "did you mean"
    /// lookup: a 500 on every detail page. And "/assets/" alone was a 400 naming a route parameter.
    /// </summary>
    [Theory]
    [InlineData("/concepts/%20")]
    [InlineData("/references/%09")]
    [InlineData("/critiques/%E2%80%83")]
    [InlineData("/propositions/%20")]
    [InlineData("/authors/%20")]
    [InlineData("/networks/%20")]
    [InlineData("/networks/%20/actors/x")]
    [InlineData("/networks/%20/regions/x")]
    [InlineData("/assets/")]
    public async Task ShouldAnswerAnIdOfOnlySpacesWithA404(string path)
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var page = await GetAsync(host, path, "text/html");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    /// <summary>
    /// A page asked with a method it has no handler for was rendered without its data: TRACE on a concept page was a
    /// NullReferenceException (500), on the critiques' index "0 critiques", and the error page said "status 0".
    /// </summary>
    [Fact]
    public async Task ShouldAnswerAMethodAPageDoesNotTakeWith405NamingTheOnesItDoes()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");

        foreach (var method in new[] { "PUT", "DELETE", "PATCH", "TRACE", "FOO" })
        {
            var page = await SendAsync(host, new HttpRequestMessage(new HttpMethod(method), "/concepts/learning-region"), "text/html");
            Assert.Equal(HttpStatusCode.MethodNotAllowed, page.Status);
            Assert.Equal("GET, HEAD, POST", page.Allow);
            Assert.Contains("<h1>This address cannot be used that way</h1>", page.Body);
            Assert.Contains($"not <code>{method}</code>", page.Body);
            Assert.Contains("class=\"site-header\"", page.Body);
        }
        var index = await SendAsync(host, new HttpRequestMessage(HttpMethod.Trace, "/critiques"), "application/json");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, index.Status);
        Assert.Equal("application/problem+json", index.ContentType);
        Assert.Contains("\"detail\":\"This address answers GET, HEAD or POST requests only, not TRACE.\"", index.Body);

        // A POST with a valid form token to a page that has no form.
        using var post = new HttpRequestMessage(HttpMethod.Post, "/concepts/learning-region")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", await TimKnowledgeGraph.Tests.Web.ConsolePost.TokenAsync(host))]),
        };
        var posted = await SendAsync(host, post, "text/html");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, posted.Status);
        Assert.Equal("GET, HEAD", posted.Allow);
        Assert.Contains("answers <code>GET, HEAD</code> requests, not <code>POST</code>", posted.Body);
    }

    /// <summary>
    /// Whatever the Accept header: a form is a browser's, and a form posted without its token (curl's Accept */*) was
    /// answered with problem JSON, a bare title and status.
    /// </summary>
    [Theory]
    [InlineData("text/html", "forged")]
    [InlineData("*/*", "forged")]
    [InlineData("*/*", null)]
    [InlineData("application/json", null)]
    public async Task ShouldSayAFormWithoutAValidTokenNeedsTheFormOpenedAgain(string accept, string? token)
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");
        List<KeyValuePair<string, string>> fields = [new("Query", "RETURN 1")];
        if (token is not null) fields.Add(new("__RequestVerificationToken", token));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/console") { Content = new FormUrlEncodedContent(fields) };

        var page = await SendAsync(host, post, accept);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("text/html", page.ContentType);
        Assert.Contains("its security token was missing or no longer valid", page.Body);
        Assert.Contains("<a href=\"/console\">open the page again</a>", page.Body);
    }

    [Theory]
    [InlineData("/error")]
    [InlineData("/error/200")]
    [InlineData("/error/-1")]
    public async Task ShouldNotClaimAFailureWhenTheErrorPageIsOpenedDirectly(string path)
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");

        var page = await GetAsync(host, path, "text/html");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("<h1>Page not found</h1>", page.Body);
        Assert.DoesNotContain("The failure was logged", page.Body);
    }

    [Fact]
    public async Task ShouldRefuseAHostHeaderThatIsNotLoopbackByDefault()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var evil = await GetWithHostAsync(host, "evil.example");
        var localhost = await GetWithHostAsync(host, $"localhost:{host.Address.Port}");
        var ipv6 = await GetWithHostAsync(host, "[::1]:8080");

        Assert.Equal(HttpStatusCode.BadRequest, evil);
        Assert.Equal(HttpStatusCode.OK, localhost);
        Assert.Equal(HttpStatusCode.OK, ipv6);
    }

    [Fact]
    public async Task ShouldServeTheHostNamesConfiguredInAllowedHosts()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--AllowedHosts=kg.example.org");

        Assert.Equal(HttpStatusCode.OK, await GetWithHostAsync(host, "kg.example.org"));
        Assert.Equal(HttpStatusCode.BadRequest, await GetWithHostAsync(host, "evil.example"));
    }

    /// <summary>
    /// An address over Kestrel's 8 KiB request line was refused by Kestrel itself with an empty 414: a blank page in the
    /// browser, no problem details for the API. The same addresses are refused now, with a body that says why.
    /// </summary>
    [Fact]
    public async Task ShouldAnswerATooLongAddressWithA414ThatSaysSo()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);
        var longest = new string('a', RequestLimits.MaxAddressLength - "/api/search?q=".Length);

        var page = await GetAsync(host, "/search?q=" + longest + "aaaaaaaa", "text/html");
        var api = await GetAsync(host, "/api/search?q=" + longest + "a", "application/json");
        var fits = await GetAsync(host, "/api/search?q=" + longest, "application/json");
        var beyondKestrel = await GetAsync(host, "/api/search?q=" + new string('a', RequestLimits.KestrelLimit), "application/json");

        Assert.Equal(HttpStatusCode.RequestUriTooLong, page.Status);
        Assert.Equal("text/html", page.ContentType);
        Assert.Contains("<h1>The address is too long</h1>", page.Body);
        Assert.Contains("class=\"site-header\"", page.Body);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, api.Status);
        Assert.Equal("application/problem+json", api.ContentType);
        Assert.Contains("The address is 8,193 characters long; at most 8,192 are read.", api.Body);
        Assert.Equal(HttpStatusCode.OK, fits.Status); // the longest address read is answered
        Assert.Equal(HttpStatusCode.RequestUriTooLong, beyondKestrel.Status); // Kestrel's own, past its raised limit
    }

    /// <summary>
    /// Headers over Kestrel's defaults (32 KiB, 100 lines) were refused by Kestrel with an empty 431: a blank page for a
    /// browser carrying many cookies for localhost. The same requests are refused with a body that names the cause.
    /// </summary>
    [Fact]
    public async Task ShouldAnswerTooLargeHeadersWithA431ThatSaysSo()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var page = await SendAsync(host, WithCookie("/search?q=region", 40_000), "text/html");
        var api = await SendAsync(host, WithCookie("/api/search?q=region", 40_000), "application/json");
        var manyLines = await SendAsync(host, WithHeaders("/api/search?q=region", RequestLimits.MaxHeaderCount), "application/json");
        var fits = await SendAsync(host, WithCookie("/api/search?q=region", 20_000), "application/json");
        var beyondKestrel = await SendAsync(host, WithCookie("/api/search?q=region", RequestLimits.KestrelLimit), "application/json");

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, page.Status);
        Assert.Equal("text/html", page.ContentType);
        Assert.Contains("<h1>The request&#x27;s headers are too large</h1>", page.Body);
        Assert.Contains("Cookies are the usual cause", page.Body);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, api.Status);
        Assert.Equal("application/problem+json", api.ContentType);
        Assert.Contains("at most 100 lines and 32,768 bytes are read", api.Body);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, manyLines.Status);
        Assert.Equal("application/problem+json", manyLines.ContentType);
        Assert.Equal(HttpStatusCode.OK, fits.Status);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, beyondKestrel.Status); // Kestrel's own, past its raised limit
    }

    /// <summary>
    /// A body whose Content-Type named a charset .NET cannot decode (utf-7, which .NET disables, an unknown name, an
    /// empty one) made ASP.NET Core's JSON reader and the console's form reader throw: a 500 and a stack trace in the
    /// log. It is a 415 that names the charset now; a quoted charset="utf-8", which HTTP allows, is read.
    /// </summary>
    [Theory]
    [InlineData("utf-7")]
    [InlineData("foo")]
    [InlineData("")]
    public async Task ShouldAnswerABodyInACharsetItCannotReadWithA415ThatSaysSo(string charset)
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");

        var api = await SendAsync(host, Body("/api/cypher", """{"query": "RETURN 1"}""", "application/json", charset), "application/json");
        var form = await SendAsync(host, Body("/console", "Query=RETURN+1", "application/x-www-form-urlencoded", charset), "text/html");
        var quoted = await SendAsync(host, Body("/api/cypher", """{"query": "RETURN 1"}""", "application/json", "\"utf-8\""), "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, api.Status);
        Assert.Equal("application/problem+json", api.ContentType);
        Assert.Contains($"The body's charset '{charset}' is not a text encoding this server reads", api.Body);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.Status);
        Assert.Equal("text/html", form.ContentType);
        Assert.Contains("<h1>The request&#x27;s text encoding is not one this site reads</h1>", form.Body);
        Assert.DoesNotContain("The failure was logged", form.Body);
        Assert.Equal(HttpStatusCode.OK, quoted.Status);
        Assert.Contains("\"records\":[{\"1\":1}]", quoted.Body);
    }

    /// <summary>
    /// A console form past ASP.NET Core's form limits (more than 1,024 fields, a field name over 2 KiB, a value over
    /// 4 MiB) made the form reader throw under the token check, and the browser was told "There is no page at /console"
    /// (a 404). It is a 413 page that says the form is too large.
    /// </summary>
    [Theory]
    [InlineData("fields")]
    [InlineData("name")]
    [InlineData("value")]
    public async Task ShouldAnswerAFormTooLargeToReadWithA413PageThatSaysSo(string what)
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");
        var body = what switch
        {
            "fields" => "Query=RETURN+1&" + string.Join('&', Enumerable.Range(0, 2_000).Select(i => $"f{i}=1")),
            "name" => "Query=RETURN+1&" + new string('k', 3_000) + "=1",
            _ => "Query=RETURN+1&Parameters=" + new string('x', 5_000_000),
        };

        var page = await SendAsync(host, Body("/console", body, "application/x-www-form-urlencoded", "utf-8"), "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Equal("text/html", page.ContentType);
        Assert.Contains("<h1>The form is too large</h1>", page.Body);
        Assert.Contains("at most 1,024 fields", page.Body);
        Assert.DoesNotContain("There is no page at", page.Body);
        Assert.DoesNotContain("The failure was logged", page.Body);
    }

    private static HttpRequestMessage Body(string path, string body, string mediaType, string charset)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body) };
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", $"{mediaType}; charset={charset}");
        return request;
    }

    private static HttpRequestMessage WithCookie(string path, int length)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Cookie", "c=" + new string('x', length));
        return request;
    }

    private static HttpRequestMessage WithHeaders(string path, int count)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        for (var i = 0; i < count; i++) request.Headers.TryAddWithoutValidation($"X-Extra-{i}", "1");
        return request;
    }

    private static async Task<(HttpStatusCode Status, string? ContentType, string Body)> GetAsync(RunningHost host, string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        using var response = await host.Http.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private static async Task<(HttpStatusCode Status, string? ContentType, string Body, string Allow)> SendAsync(RunningHost host, HttpRequestMessage request, string accept)
    {
        using (request)
        {
            request.Headers.Accept.ParseAdd(accept);
            using var response = await host.Http.SendAsync(request);
            return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(),
                string.Join(", ", response.Content.Headers.Allow));
        }
    }

    private static async Task<HttpStatusCode> GetWithHostAsync(RunningHost host, string hostHeader)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Host = hostHeader;
        using var response = await host.Http.SendAsync(request);
        return response.StatusCode;
    }
}
