using System.Net;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>Security headers on every response, and content that tries to run script rendered inert.</summary>
public sealed class SecurityTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    /// <summary>A concept whose note tries raw HTML script, a javascript: link, a data: link and an event handler.</summary>
    public static TempContent HostileNote() => new TempContent()
        .With("concepts/hostile.md", """
            ---
            kind: concept
            name: Hostile <b>name</b>
            summary: A summary with <img src=x onerror="window.__pwned = 1">
            ---
            Before. <script>window.__pwned = 1; alert(1)</script>

            [x](javascript:alert(1)) and [y](JaVaScRiPt:window.__pwned=1) and [z](data:text/html,<script>alert(1)</script>)

            <img src="x" onerror="alert(1)">

            <a href="javascript:alert(1)">raw link</a>
            """);

    [Fact]
    public async Task ShouldRenderScriptInNotesAsInertText()
    {
        using var content = HostileNote();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        var html = await host.Http.GetStringAsync("/concepts/hostile", TestContext.Current.CancellationToken);

        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script>window.__pwned", html);
        Assert.DoesNotContain("<img src=\"x\"", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Hostile &lt;b&gt;name&lt;/b&gt;", html);
        // The only scripts on the page are our own files.
        foreach (var tag in System.Text.RegularExpressions.Regex.Matches(html, "<script[^>]*>").Select(m => m.Value))
            Assert.Matches("^<script src=\"/assets/[^\"]+\" defer></script>$", tag + "</script>");
    }

    [Fact]
    public async Task ShouldSendAStrictContentSecurityPolicyOnEveryResponse()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        foreach (var path in new[] { "/", "/concepts", "/concepts/learning-region", "/concepts/nope", "/search?q=x", "/console", "/assets/css/site.css", "/api/load/status" })
        {
            using var response = await host.Http.GetAsync(path, TestContext.Current.CancellationToken);
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("style-src 'self'", csp);
            Assert.Contains("img-src 'self' data:", csp);
            Assert.Contains("object-src 'none'", csp);
            Assert.Contains("base-uri 'none'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("unsafe", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Fact]
    public async Task ShouldServeEmbeddedAssetsWithValidators()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);

        using var css = await host.Http.GetAsync("/assets/css/site.css", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        // Cytoscape comes from npm (scripts/bootstrap) and is embedded at build time.
        using var cytoscape = await host.Http.GetAsync("/assets/vendor/cytoscape.min.js", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, cytoscape.StatusCode);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/assets/css/site.css");
        again.Headers.IfNoneMatch.Add(css.Headers.ETag!);
        using var notModified = await host.Http.SendAsync(again, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Http.GetAsync("/assets/nope.js", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ShouldServeAssetsCompressedWithTheirOwnValidator()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root);
        using var plain = await host.Http.GetAsync("/assets/css/site.css", TestContext.Current.CancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/css/site.css");
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var gzip = await host.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("gzip", Assert.Single(gzip.Content.Headers.ContentEncoding));
        Assert.NotEqual(plain.Headers.ETag, gzip.Headers.ETag);
        await using var decoder = new System.IO.Compression.GZipStream(await gzip.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken), System.IO.Compression.CompressionMode.Decompress);
        Assert.Equal(await plain.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await new StreamReader(decoder).ReadToEndAsync(TestContext.Current.CancellationToken));
    }
}
