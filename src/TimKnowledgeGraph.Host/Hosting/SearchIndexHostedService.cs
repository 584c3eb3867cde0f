using TimKnowledgeGraph.Graph.Search;

namespace TimKnowledgeGraph.Host.Hosting;

/// <summary>
/// Builds the search index in the background once the initial load is done (registered after it), so the first
/// search does not pay for it; from then on <see cref="SearchService"/> follows each committed load itself.
/// </summary>
internal sealed partial class SearchIndexHostedService(SearchService search, ILogger<SearchIndexHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await search.SyncAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogNotBuilt(logger, ex.Message); // searches build it on demand
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Search index not built at start-up (built on the first search instead): {Error}")]
    private static partial void LogNotBuilt(ILogger logger, string error);
}
