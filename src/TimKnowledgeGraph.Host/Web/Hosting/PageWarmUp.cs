using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TimKnowledgeGraph.Graph.Loading;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Pages.Concepts;

namespace TimKnowledgeGraph.Host.Web.Hosting;

/// <summary>
/// Once the host listens and the first load has finished, requests the content index pages, a few concept pages and the
/// pages of the first small network datasets from itself: the first reader then finds them compiled, jitted, planned by
/// Neo4j (a dataset page's analyses are queries Neo4j plans once per text: the seed's network page took 2.8 s first,
/// 10 s on a loaded machine, then 0.1 s) and their answers kept (in the <see cref="PageCache"/>, a dataset's analyses in
/// the <see cref="Data.DatasetAnalysisCache"/>) instead of paying seconds of start-up for them. After later loads, the
/// index pages again (they are what a reader opens first). Best effort: a failure is logged at debug level and changes
/// nothing.
/// </summary>
internal sealed partial class PageWarmUp(IServer server, LoadStatus status, IHostApplicationLifetime lifetime,
    IServiceProvider services, ILogger<PageWarmUp> logger)
    : BackgroundService
{
    private const int ConceptPagesAtStart = 20;

    private const int DatasetPagesAtStart = 3;

    /// <summary>
    /// Datasets up to this many actors are warmed: their page takes well under a second once planned. Larger ones are
    /// left to their first reader (their projection is warmed by <c>ProjectionWarmService</c>), so the warm-up never
    /// holds a large dataset's analyses in memory nobody asked for.
    /// </summary>
    private const long MaxActorsWarmed = 10_000;

    private static readonly string[] IndexPages = ["/", "/concepts", "/critiques", "/propositions", "/references", "/networks"];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await StartedAsync(stoppingToken) || LoopbackAddress() is not { } address) return;
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        var warmed = -1L;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (status.Latest is not { Succeeded: true } || status.Version == warmed) continue;
            var first = warmed < 0;
            warmed = status.Version;
            await WarmAsync(http, first, stoppingToken);
        }
    }

    private async Task WarmAsync(HttpClient http, bool withConceptPages, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var page in IndexPages) await GetAsync(http, page, cancellationToken);
            if (!withConceptPages) return;
            foreach (var id in await ConceptIdsAsync(cancellationToken)) await GetAsync(http, "/concepts/" + Uri.EscapeDataString(id), cancellationToken);
            foreach (var id in await SmallDatasetIdsAsync(cancellationToken)) await GetAsync(http, PageLinks.Dataset(id), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogWarmUpFailed(ex.Message);
        }
    }

    /// <summary>The first concepts of the concepts page's own query (the pages a reader opens from it).</summary>
    private async Task<IEnumerable<string>> ConceptIdsAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<WebGraph>().RunAsync(PageQuery.Of("web-concepts"), cancellationToken).ConfigureAwait(false);
        return rows.As<ConceptRow>().Select(r => r.Id).OfType<string>().Take(ConceptPagesAtStart).ToList();
    }

    /// <summary>The first small datasets of the networks page's own query.</summary>
    private async Task<IEnumerable<string>> SmallDatasetIdsAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<WebGraph>().RunAsync(PageQuery.Of("web-datasets"), cancellationToken).ConfigureAwait(false);
        return rows.As<Pages.Networks.DatasetIndexRow>().Where(r => r.Actors <= MaxActorsWarmed).Select(r => r.Id).OfType<string>()
            .Take(DatasetPagesAtStart).ToList();
    }

    private static async Task GetAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(path, cancellationToken).ConfigureAwait(false);
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> StartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await Task.WhenAny(started.Task, Task.Delay(Timeout.Infinite, stoppingToken)).ConfigureAwait(false);
        return started.Task.IsCompleted;
    }

    /// <summary>The host's own address, as loopback (a wildcard binding is reached through 127.0.0.1).</summary>
    private Uri? LoopbackAddress()
    {
        var bound = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal));
        if (bound is null) return null;
        var uri = new UriBuilder(bound.Replace("://+", "://127.0.0.1").Replace("://*", "://127.0.0.1").Replace("://0.0.0.0", "://127.0.0.1").Replace("://[::]", "://127.0.0.1"));
        return uri.Uri;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "page warm-up skipped: {Reason}")]
    private partial void LogWarmUpFailed(string reason);
}
