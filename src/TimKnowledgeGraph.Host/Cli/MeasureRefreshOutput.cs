using TimKnowledgeGraph.Graph.Analyses;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// A one-shot command has no background: after an import or load it refreshes the measures it invalidated itself, before
/// exiting, and says so (docs/network-measures.md, "When they are computed").
/// </summary>
internal static class MeasureRefreshOutput
{
    public static async Task RunAsync(GraphSession session, TextWriter output, CancellationToken cancellationToken)
    {
        var refresher = session.Get<MeasureRefresher>();
        if (refresher.Pending == 0) return;
        foreach (var refresh in await refresher.RunPendingAsync(cancellationToken))
        {
            output.WriteLine(refresh.Written
                ? $"network measures of {refresh.DatasetId} recomputed and written back ({refresh.Actors:N0} actors)"
                : $"network measures of {refresh.DatasetId} removed, not recomputed ({refresh.Actors:N0} actors > Measures:RefreshMaxActors): run `timkg analyse {refresh.DatasetId}`");
        }
    }
}
