using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Graph.Schema;

namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>
/// One load of the content folder: discover → parse → validate → map (in the domain), then sync into Neo4j.
/// Invalid content never reaches the graph: the diagnostics are returned and the graph stays as it was.
/// </summary>
public sealed partial class ContentSyncService(
    GraphSyncWriter writer,
    LoadStatus status,
    IOptions<ContentOptions> options,
    ILogger<ContentSyncService> logger)
{
    public async Task<LoadOutcome> LoadAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var root = options.Value.FullRoot;
        var content = ContentPipeline.Load(root);
        LoadOutcome outcome;
        if (content.HasErrors)
        {
            outcome = new LoadOutcome(false, DateTimeOffset.UtcNow, clock.Elapsed, content.Files.Count, 0, 0, content.Diagnostics);
            LogRejected(logger, root, outcome.Errors.Count());
            foreach (var d in outcome.Diagnostics) LogDiagnostic(logger, d.ToString());
        }
        else
        {
            await writer.SyncAsync(content.Nodes, content.Relationships, cancellationToken);
            outcome = new LoadOutcome(true, DateTimeOffset.UtcNow, clock.Elapsed, content.Files.Count, content.Nodes.Count, content.Relationships.Count, content.Diagnostics);
            LogLoaded(logger, root, outcome.Files, outcome.Nodes, outcome.Relationships, (long)clock.Elapsed.TotalMilliseconds);
        }
        status.Record(outcome);
        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Root}: {Files} files, {Nodes} nodes, {Relationships} relationships in {Ms} ms")]
    private static partial void LogLoaded(ILogger logger, string root, int files, int nodes, int relationships, long ms);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content in {Root} has {Errors} error(s); the graph was left as it was")]
    private static partial void LogRejected(ILogger logger, string root, int errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Diagnostic}")]
    private static partial void LogDiagnostic(ILogger logger, string diagnostic);
}
