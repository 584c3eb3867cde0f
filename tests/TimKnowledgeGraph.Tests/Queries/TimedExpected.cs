using System.Text.Json;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>The figures <c>Fixtures/timed-panel/expected.py</c> computes from the CSV files (NetworkX / plain Python), run once.</summary>
internal static class TimedExpected
{
    private static readonly Lazy<JsonElement> Output = new(() => ExpectedPy.Run(TimedFixtureWriter.Folder));

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
}
