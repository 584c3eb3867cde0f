using System.Diagnostics;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Graph.Search;

namespace TimKnowledgeGraph.Benchmarks.Harness;

/// <summary>
/// <c>search [notes]</c>: query latency of the full-text index (no Neo4j) on a synthetic corpus of <c>notes</c>
/// (default 10,000) notes and as many references. Note texts are drawn from the words of the seed <c>content/</c>
/// with Zipf-like frequencies, ~250 words each, so term statistics and snippet work resemble real notes.
/// Each query is run 20 times to warm up, then timed 200 times; the whole answer is timed (parse, search,
/// grouping, stored fields and highlighted snippets of the returned hits).
/// </summary>
public static partial class SearchBenchmark
{
    private static readonly string[] Queries =
    [
        "learning region", "\"regional innovation\"", "innov*", "networks", "lerning regoin", "brokers", "Porterian", "learning reg",
    ];

    public static int Run(IReadOnlyList<string> args, TextWriter log)
    {
        var notes = args.Count > 0 && int.TryParse(args[0], out var n) ? n : 10_000;
        var words = Vocabulary();
        var random = new Random(7);
        string Text(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => words[Skewed(random, words.Length)]));
        var documents = new List<SearchDocument>(notes * 2);
        for (var i = 0; i < notes; i++)
            documents.Add(new SearchDocument("Concept", $"c{i}", $"{Text(2)} {i}", [Text(2)], Text(20), Text(250), "Concept", $"c{i}"));
        for (var i = 0; i < notes; i++)
            documents.Add(new SearchDocument("Reference", $"ref{i}", Text(6), [$"Family{i % 997}, Given"], $"Journal {i % 50}, {1980 + i % 45}", null, "Reference", $"ref{i}"));

        using var index = new SearchIndex();
        var clock = Stopwatch.StartNew();
        index.Sync(documents);
        var build = clock.Elapsed;
        clock.Restart();
        documents[0] = documents[0] with { Body = "edited" };
        index.Sync(documents);
        var resync = clock.Elapsed;

        log.WriteLine($"# search: {notes:N0} notes + {notes:N0} references, vocabulary {words.Length:N0} words; index built in {build.TotalSeconds:0.0} s, " +
                      $"one edited note re-synced in {resync.TotalMilliseconds:0} ms");
        log.WriteLine();
        log.WriteLine("| query | hits | median ms | p95 ms |");
        log.WriteLine("|---|---|---|---|");
        var all = new List<double>();
        foreach (var query in Queries)
        {
            var request = new SearchRequest(query);
            for (var w = 0; w < 20; w++) index.Search(request);
            var times = new List<double>();
            var hits = 0;
            for (var r = 0; r < 200; r++)
            {
                var t = Stopwatch.GetTimestamp();
                hits = index.Search(request).Total;
                times.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }
            all.AddRange(times);
            times.Sort();
            log.WriteLine($"| `{query}` | {hits:N0} | {Stats.Median(times):0.00} | {times[(int)(times.Count * 0.95)]:0.00} |");
        }
        all.Sort();
        log.WriteLine($"| all queries | | {Stats.Median(all):0.00} | {all[(int)(all.Count * 0.95)]:0.00} |");
        return 0;
    }

    // Rank r is drawn with probability ~ 1/r (a Zipf-like law, as words in text).
    private static int Skewed(Random random, int n) => Math.Min(n - 1, (int)Math.Exp(random.NextDouble() * Math.Log(n + 1)) - 1);

    private static string[] Vocabulary()
    {
        var root = AppContext.BaseDirectory;
        while (root is not null && !Directory.Exists(Path.Combine(root, "content"))) root = Path.GetDirectoryName(root);
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (root is not null)
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "content"), "*.md", SearchOption.AllDirectories))
                foreach (Match m in Word().Matches(File.ReadAllText(file)))
                    counts[m.Value] = counts.GetValueOrDefault(m.Value) + 1;
        return counts.Count == 0 ? ["learning", "region", "innovation", "network"] : [.. counts.OrderByDescending(c => c.Value).Select(c => c.Key)];
    }

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
