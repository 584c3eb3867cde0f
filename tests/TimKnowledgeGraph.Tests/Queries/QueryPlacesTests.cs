using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Api;
using TimKnowledgeGraph.Neo4j.Cypher;
using TimKnowledgeGraph.Tests.Infrastructure;
using TimKnowledgeGraph.Tests.Loading;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// Named queries take a place each while Neo4j works on them: a caller who leaves stops waiting, but the place is
/// freed only when Neo4j answers, and a query that finds no place in time is refused as busy, with nothing sent.
/// </summary>
public sealed class QueryPlacesTests(Neo4jFixture neo4j) : Neo4jTest(neo4j)
{
    private static readonly NamedQuery Search = QueryCatalog.Embedded.Get("search");

    // A wrong gate would leave a test waiting on the held client: it fails after this instead of hanging.
    private static CancellationToken Limit()
    {
        var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        return limit.Token;
    }

    [Fact]
    public async Task A_caller_who_leaves_keeps_the_place_until_Neo4j_has_answered()
    {
        var held = new HeldClient(Client);
        var places = new QueryPlaces(1, TimeSpan.FromMilliseconds(200));
        var runner = new NamedQueryRunner(held, places);
        using var leaving = new CancellationTokenSource();

        var first = runner.RunAsync(Search, new Dictionary<string, object?> { ["text"] = "learning" }, leaving.Token);
        await held.Arrived.WaitAsync(Limit());
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);

        // Neo4j (held here) is still on the first query: its place is not free.
        var busy = await Assert.ThrowsAsync<QueriesBusyException>(() =>
            runner.RunAsync(Search, new Dictionary<string, object?> { ["text"] = "region" }, Limit()));
        Assert.Equal(("Tkg.Busy", 1), (busy.Code, busy.Places));
        Assert.Equal(1, held.Sent);

        held.Answer();
        // The place comes free once the real Neo4j has answered the first query, which a loaded machine may not do
        // within the 200 ms that the next query waits for a place: wait for it here (and give it back), so that the
        // query below is not refused as busy for the machine's slowness.
        Assert.True(await Eventually.TrueAsync(() => places.TryTakeAsync(TimeSpan.FromMilliseconds(100), TestContext.Current.CancellationToken)));
        places.FreeWhenDone(Task.CompletedTask);
        var answered = await runner.RunAsync(Search, new Dictionary<string, object?> { ["text"] = "region" }, Limit());
        Assert.Equal(2, held.Sent);
        Assert.Equal(Search.Columns, answered.Columns);
    }

    [Fact]
    public async Task Queries_past_the_places_wait_for_one_to_come_free()
    {
        var held = new HeldClient(Client);
        var runner = new NamedQueryRunner(held, new QueryPlaces(1, TimeSpan.FromSeconds(30)));

        var first = runner.RunAsync(Search, new Dictionary<string, object?> { ["text"] = "learning" }, Limit());
        await held.Arrived.WaitAsync(Limit());
        var second = runner.RunAsync(Search, new Dictionary<string, object?> { ["text"] = "region" }, Limit());
        await Task.Delay(200, Limit());
        Assert.Equal((1, false), (held.Sent, second.IsCompleted));

        held.Answer();
        await Task.WhenAll(first, second);
        Assert.Equal(2, held.Sent);
    }

    [Fact]
    public async Task The_API_answers_a_query_without_a_place_with_503_and_a_sentence()
    {
        var held = new HeldClient(Client);
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Critical);
        builder.Services.AddSingleton(Client);
        builder.Services.AddSingleton(new NamedQueryRunner(held, new QueryPlaces(1, TimeSpan.FromMilliseconds(200))));
        builder.Services.AddApiUseCases();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<Neo4jExceptionHandler>();
        await using var app = builder.Build();
        app.UseExceptionHandler();
        app.MapQueryEndpoints();
        await app.StartAsync(Limit());
        using var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        var first = http.GetAsync("/api/queries/search?text=learning", Limit());
        await held.Arrived.WaitAsync(Limit());
        var busy = await http.GetAsync("/api/queries/search?text=region", Limit());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        var problem = await busy.Content.ReadFromJsonAsync<JsonElement>(Limit());
        Assert.Equal("Busy with earlier queries", problem.GetProperty("title").GetString());
        Assert.Equal("Neo4j is still working on 1 earlier queries from this server (at most 1 run at once); nothing was run, try again in a moment",
            problem.GetProperty("detail").GetString());
        held.Answer();
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
    }

    /// <summary>Passes statements on to the real Neo4j once <see cref="Answer"/> is called (Neo4j "still working" until then).</summary>
    private sealed class HeldClient(ICypherClient inner) : DelegatingCypherClient(inner)
    {
        private readonly TaskCompletionSource _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _sent;

        public Task Arrived => _arrived.Task;

        public int Sent => _sent;

        public void Answer() => _answer.TrySetResult();

        public override async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _sent);
            _arrived.TrySetResult();
            await _answer.Task.WaitAsync(cancellationToken);
            return await Inner.RunAsync(statements, cancellationToken);
        }
    }
}
