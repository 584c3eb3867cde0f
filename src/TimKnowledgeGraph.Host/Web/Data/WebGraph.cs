using System.Text.RegularExpressions;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>
/// How pages read the graph: a page's queries run through the <see cref="NamedQueryRunner"/> together (those not
/// split in one read transaction and one round trip). Queries the build does not have yet come back as unavailable
/// (the page says so) instead of failing the page.
/// </summary>
internal sealed partial class WebGraph(NamedQueryRunner runner, QueryCatalog catalog)
{
    /// <summary>Runs the queries; those not split run in order, in one transaction.</summary>
    public async Task<IReadOnlyList<PageRows>> RunAsync(IReadOnlyList<PageQuery> queries, CancellationToken cancellationToken)
    {
        var found = queries.Select(q => catalog.TryGet(q.Name, out var named) ? new QueryRun(named, q.Parameters) : null).ToList();
        var results = await runner.RunTogetherAsync([.. found.OfType<QueryRun>()], cancellationToken);
        var answers = new List<PageRows>(queries.Count);
        var next = 0;
        for (var i = 0; i < queries.Count; i++)
        {
            var result = found[i] is null ? null : results[next++];
            var records = result is null ? [] : result.Records().ToList();
            answers.Add(new PageRows(queries[i].Name, result is not null, records));
        }
        return answers;
    }

    /// <summary>Runs one query.</summary>
    public async Task<PageRows> RunAsync(PageQuery query, CancellationToken cancellationToken) =>
        (await RunAsync([query], cancellationToken))[0];

    /// <summary>True when the build has the named query (<c>cypher/</c>).</summary>
    public bool HasNamed(string name) => catalog.TryGet(name, out _);

    /// <summary>The resolver of wiki-links and citations, from the <c>web-link-index</c> and <c>web-bibliography</c> rows.</summary>
    public static LinkIndex Links(PageRows rows, PageRows? bibliography = null) =>
        new(rows.As<LinkTargetRow>(), bibliography is null ? null : WebBibliography.From(bibliography));

    /// <summary>
    /// Renders a note body to safe HTML: raw HTML escaped, script URLs neutralised, links to pages named as their
    /// targets are (links relative to the note read from <paramref name="noteFile"/>), citations author–date.
    /// Headings move one level down, so a note's own "# Title" sits under the page's h1.
    /// </summary>
    public static string RenderNote(string? body, string? noteFile, LinkIndex links) =>
        string.IsNullOrWhiteSpace(body) ? "" : DemoteHeadings(NoteMarkdown.ToHtml(body, links.ForNote(noteFile)));

    // Safe on this output only: raw HTML in notes is escaped, so every "<hN" here was written by the renderer.
    private static string DemoteHeadings(string html) =>
        HeadingTag().Replace(html, m => $"<{m.Groups[1].Value}h{Math.Min(6, m.Groups[2].Value[0] - '0' + 1)}");

    [GeneratedRegex("<(/?)h([1-6])(?=[ >])")]
    private static partial Regex HeadingTag();
}
