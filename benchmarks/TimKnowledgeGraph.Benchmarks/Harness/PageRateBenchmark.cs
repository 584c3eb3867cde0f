namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>
/// The page-rate target of the reading experience: requests per second for a content page against a static asset
/// served by the same host, in the same run (the anchor), each a closed-loop <see cref="LoadTest"/> of one path with the
/// same clients and duration, alternating which goes first, repeated; medians and their ratio.
/// </summary>
public static class PageRateBenchmark
{
    public const string Anchor = "/assets/css/site.css";

    public sealed record Result(string Page, int Runs, double PageRate, double AnchorRate, double PageP50Ms, double AnchorP50Ms, int Errors)
    {
        public double Ratio => PageRate / AnchorRate;
    }

    public static async Task<Result> RunAsync(Uri host, string page, int clients, TimeSpan duration, int runs, TextWriter log)
    {
        var pageRuns = new List<LoadTest.Result>();
        var anchorRuns = new List<LoadTest.Result>();
        for (var run = 0; run < runs; run++)
        {
            // Alternate the order so that neither side always runs on the warmer (or more tired) host.
            foreach (var isPage in run % 2 == 0 ? new[] { true, false } : [false, true])
            {
                var result = await LoadTest.RunAsync(host, [isPage ? page : Anchor], clients, duration, TimeSpan.FromSeconds(30), null, log).ConfigureAwait(false);
                (isPage ? pageRuns : anchorRuns).Add(result);
            }
        }
        return new Result(page, runs,
            Stats.Median(pageRuns.Select(r => r.RequestsPerSecond)), Stats.Median(anchorRuns.Select(r => r.RequestsPerSecond)),
            Stats.Median(pageRuns.Select(r => r.P50Ms)), Stats.Median(anchorRuns.Select(r => r.P50Ms)),
            pageRuns.Concat(anchorRuns).Sum(r => r.Errors));
    }
}
