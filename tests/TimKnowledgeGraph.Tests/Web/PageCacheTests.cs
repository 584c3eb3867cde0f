using Microsoft.Extensions.DependencyInjection;
using TimKnowledgeGraph.Host.Cli;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Hosting;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>Content pages are served from a cache that every load (this host's, or another process's) invalidates.</summary>
public sealed class PageCacheTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    [Fact]
    public async Task ShouldServeARenderedPageFromTheCacheUntilALiveReloadChangesIt()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=true");
        var (_, firstBody) = await GetAsync(host, "/concepts/sdin"); // may be a hit already: the warm-up renders pages

        var (second, secondBody) = await GetAsync(host, "/concepts/sdin");

        Assert.Equal("hit", second);
        Assert.Equal(firstBody, secondBody);
        content.With("concepts/sdin.md", TempContent.SdinNamed("SDIN, edited while serving"));
        Assert.True(await Eventually.TrueAsync(async () => (await GetAsync(host, "/concepts/sdin")).Body.Contains("SDIN, edited while serving")));
    }

    [Fact]
    public async Task ShouldShowALoadByAnotherProcessWithinASecondOrSo()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");
        await GetAsync(host, "/concepts/sdin");
        Assert.Equal("hit", (await GetAsync(host, "/concepts/sdin")).Cache);

        using var other = TempContent.SmallLineage().With("concepts/sdin.md", TempContent.SdinNamed("SDIN, loaded by the CLI"));
        var exit = await CliApp.RunAsync(["load", "--content", other.Root, $"--Neo4j:Uri={Neo4j.Endpoint.HttpUri}",
            $"--Neo4j:Password={Neo4j.Endpoint.Password}", "--Logging:LogLevel:Default=None"], new CliConsole(TextWriter.Null, TextWriter.Null));

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.True(await Eventually.TrueAsync(async () => (await GetAsync(host, "/concepts/sdin")).Body.Contains("SDIN, loaded by the CLI")));
    }

    [Fact]
    public async Task ShouldHaveASmallNetworksAnalysesReadyBeforeItsFirstReaderAsks()
    {
        // A dataset page's analyses are queries Neo4j plans on first use: 2.8 s for the seed's network page, 10 s on a
        // loaded machine, for the first reader. The warm-up renders it after the load, as it does the concept pages.
        using var content = TempContent.SmallLineage()
            .With("networks/zzq-warm/dataset.md", """
                ---
                id: zzq-warm
                title: Two layers, two regions
                layers:
                  - {id: trade, name: Trade, nature: economic}
                  - {id: friendship, name: Friendship, nature: social}
                regions:
                  - {id: zzq-north, name: North}
                  - {id: zzq-south, name: South}
                ---
                """)
            .With("networks/zzq-warm/actors.csv", """
                id,name,kind,region
                n1,North One,firm,zzq-north
                n2,North Two,firm,zzq-north
                s1,South One,firm,zzq-south
                """)
            .With("networks/zzq-warm/ties.csv", """
                source,target,layer
                n1,n2,trade
                n1,n2,friendship
                n2,s1,trade
                """);
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");
        // Network pages are not in the page cache (an import changes them without a content load); their analyses are
        // kept per version of the dataset, which the warm-up fills with no reader asking.
        var analyses = host.Services.GetRequiredService<DatasetAnalysisCache>();

        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(analyses.Count > 0)));
        var (_, page) = await GetAsync(host, "/networks/zzq-warm");
        Assert.Contains("North One", page);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ShouldServeACachedPageCompressedToABrowserThatAcceptsIt(string encoding)
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");
        var (_, plain) = await GetAsync(host, "/concepts/learning-region");
        Assert.Equal("hit", (await GetAsync(host, "/concepts/learning-region")).Cache);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/concepts/learning-region");
        request.Headers.AcceptEncoding.ParseAdd($"{encoding}, identity;q=0.5");
        using var response = await host.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.True(compressed.Length < System.Text.Encoding.UTF8.GetByteCount(plain));
        await using var decoder = encoding == "br"
            ? (Stream)new System.IO.Compression.BrotliStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        Assert.Equal(plain, await new StreamReader(decoder).ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/console")]
    [InlineData("/search?q=sdin")]
    [InlineData("/api/health")]
    public async Task ShouldNeverCacheTheConsoleSearchOrTheApi(string path)
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");

        await GetAsync(host, path);
        var (cache, _) = await GetAsync(host, path);

        Assert.Null(cache);
    }

    [Fact]
    public async Task ShouldNotCacheAMissingPage()
    {
        using var content = TempContent.SmallLineage();
        await using var host = await RunningHost.StartAsync(Neo4j, content.Root, "--Content:Watch=false");

        using var first = await host.Http.GetAsync("/concepts/no-such-concept", TestContext.Current.CancellationToken);
        using var second = await host.Http.GetAsync("/concepts/no-such-concept", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal("miss", Assert.Single(second.Headers.GetValues(PageCacheMiddleware.Header)));
    }

    private static async Task<(string? Cache, string Body)> GetAsync(RunningHost host, string path)
    {
        using var response = await host.Http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var cache = response.Headers.TryGetValues(PageCacheMiddleware.Header, out var values) ? values.Single() : null;
        return (cache, await response.Content.ReadAsStringAsync());
    }
}
