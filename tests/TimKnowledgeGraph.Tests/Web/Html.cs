namespace TimKnowledgeGraph.Tests.Web;

/// <summary>Small helpers for asserting on server-rendered HTML without a parser.</summary>
public static class Html
{
    /// <summary>The HTML between the first <paramref name="start"/> and the next <paramref name="end"/> after it.</summary>
    public static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' not found in the page");
        var to = html.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return to < 0 ? html[from..] : html[from..to];
    }
}
