using Microsoft.AspNetCore.Mvc;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Web.Console;

namespace TimKnowledgeGraph.Host.Web.Pages.Console;

/// <summary>
/// A read-only Cypher console for querying the graph (and actor networks) directly. The form posts the query and its
/// parameters; results come back as a server-rendered table. Named queries are listed as examples to start from.
/// </summary>
internal sealed class IndexModel(QueryCatalog catalog, IConsoleRunner runner) : WebPage
{
    /// <summary>The query text.</summary>
    [BindProperty]
    public string Query { get; set; } = "MATCH (c:Concept)\nRETURN c.kind AS kind, count(*) AS concepts\nORDER BY concepts DESC";

    /// <summary>Parameters, one <c>name = value</c> per line.</summary>
    [BindProperty]
    public string Parameters { get; set; } = "";

    /// <summary>The run's outcome after a POST.</summary>
    public ConsoleOutcome? Outcome { get; private set; }

    /// <summary>The outcome's rows as the table shows them (values cut, the table bounded); null without rows to show.</summary>
    public ConsoleTable? Table { get; private set; }

    /// <summary>The named queries, as examples.</summary>
    public IReadOnlyList<NamedQuery> Examples => [.. catalog.Listed.OrderBy(q => q.Name, StringComparer.Ordinal)];

    /// <summary>Shows the form, with a named query loaded when <paramref name="example"/> names one.</summary>
    public void OnGet(string? example)
    {
        Setup();
        if (example is not null && catalog.TryGetListed(example, out var query))
        {
            Query = query.Text;
            Parameters = ConsoleParameters.Template(query);
        }
    }

    /// <summary>Runs the query read-only and shows its rows, or why it did not run.</summary>
    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Setup();
        if (string.IsNullOrWhiteSpace(Query))
        {
            Outcome = ConsoleOutcome.Failed("Write a query first.");
            return;
        }
        var (values, errors) = ConsoleParameters.Parse(Parameters);
        Outcome = errors.Count > 0
            ? ConsoleOutcome.Failed("Parameters: " + string.Join("; ", errors))
            : await runner.RunAsync(Query, values, cancellationToken);
        if (Outcome.Error is null) Table = ConsoleTable.Of(Outcome.Rows);
    }

    private void Setup()
    {
        Title = "Cypher console";
        Crumbs.Add(new("Cypher console"));
    }
}
