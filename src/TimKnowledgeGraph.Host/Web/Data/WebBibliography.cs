using TimKnowledgeGraph.Domain.Citations;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>The corpus's <see cref="Bibliography"/> from <c>web-bibliography</c> rows (<see cref="Rows.WorkRow"/>).</summary>
internal static class WebBibliography
{
    /// <summary>The page query that reads every reference.</summary>
    public static PageQuery Query => PageQuery.Of("web-bibliography");

    /// <summary>The bibliography of the rows.</summary>
    public static Bibliography From(PageRows rows) => new(rows.As<Rows.WorkRow>().Select(w => w.Work));
}
