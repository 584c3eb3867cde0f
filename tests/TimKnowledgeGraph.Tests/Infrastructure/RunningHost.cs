using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TimKnowledgeGraph.Host;

namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>The real web host (Kestrel on a free loopback port) pointed at a given Neo4j and content folder.</summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningHost(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Http = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static Task<RunningHost> StartAsync(Uri neo4j, string user, string password, string contentRoot, params string[] extra) =>
        StartWithArgumentsAsync(
        [
            $"--Neo4j:Uri={neo4j}",
            $"--Neo4j:User={user}",
            $"--Neo4j:Password={password}",
            "--Neo4j:MaxRetries=1",
            "--Neo4j:RetryDelay=00:00:00.050",
            $"--Content:Root={contentRoot}",
            .. extra,
        ]);

    /// <summary>The host on its local default: it provisions and runs its own Neo4j in <paramref name="dataDirectory"/>.</summary>
    public static Task<RunningHost> StartLocalAsync(string dataDirectory, string contentRoot, params string[] extra) =>
        StartWithArgumentsAsync(
        [
            $"--Neo4j:Local:DataDirectory={dataDirectory}",
            "--Neo4j:Local:HttpPort=0",
            "--Neo4j:Local:BoltPort=0",
            "--Neo4j:Local:HeapSize=512m",
            "--Neo4j:Local:PageCacheSize=128m",
            $"--Content:Root={contentRoot}",
            .. extra,
        ]);

    private static async Task<RunningHost> StartWithArgumentsAsync(string[] arguments)
    {
        string[] args = ["--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. arguments];
        var app = WebApp.Build(args);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningHost(app, new Uri(address));
    }

    public static Task<RunningHost> StartAsync(Neo4jFixture neo4j, string contentRoot, params string[] extra) =>
        StartAsync(neo4j.Endpoint.HttpUri, neo4j.Endpoint.User, neo4j.Endpoint.Password, contentRoot, extra);

    public async Task<T> GetJsonAsync<T>(string path) =>
        (await Http.GetFromJsonAsync<T>(path)) ?? throw new InvalidOperationException($"GET {path} returned null");

    /// <summary>The page at <paramref name="path"/>, asserted to answer 200 (the failure shows the start of what it said).</summary>
    public async Task<string> PageAsync(string path)
    {
        using var response = await Http.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}\n{html[..Math.Min(html.Length, 2000)]}");
        return html;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
