using System.Diagnostics;
using System.Text.Json;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>The figures <c>Fixtures/timed-panel/expected.py</c> computes from the CSV files (NetworkX / plain Python), run once.</summary>
internal static class TimedExpected
{
    private static readonly Lazy<JsonElement> Output = new(Run);

    public static JsonElement Root => Output.Value;

    /// <summary>The period names expected.py defines (all, w1, w2, w3, 2008, from2012, to2006, w2in2010).</summary>
    public static IEnumerable<object[]> PeriodNames() => Root.GetProperty("periods").EnumerateObject().Select(p => new object[] { p.Name });

    /// <summary>The named query's parameters for a period: from, to, wave (null = open / any).</summary>
    public static (string, object?)[] Period(string name)
    {
        var period = Root.GetProperty("periods").GetProperty(name);
        string? Get(string key) => period.TryGetProperty(key, out var v) ? v.GetString() : null;
        return [("from", Get("from")), ("to", Get("to")), ("wave", Get("wave"))];
    }

    private static JsonElement Run()
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(TimedFixtureWriter.Folder, "expected.py"));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"expected.py failed: {errors}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
