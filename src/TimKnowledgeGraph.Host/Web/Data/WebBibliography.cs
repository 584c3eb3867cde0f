using TimKnowledgeGraph.Domain.Citations;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>The corpus's <see cref="Bibliography"/> from <c>web-bibliography</c> rows, and one work from a row.</summary>
internal static class WebBibliography
{
    /// <summary>The page query that reads every reference.</summary>
    public static PageQuery Query => PageQuery.Of("web-bibliography");

    /// <summary>The bibliography of the rows.</summary>
    public static Bibliography From(PageRows rows) => new(rows.As<Rows.WorkRow>().Select(w => w.ToCitedWork()));

    /// <summary>A work from a row with Reference properties (<c>id</c>, <c>authors</c> as stored...).</summary>
    public static CitedWork Work(Rec row) => new()
    {
        Key = row.Str("id") ?? "",
        Type = row.Str("type"),
        Title = row.Str("title"),
        Year = row.Long("year"),
        Authors = CitedWork.NamesFromStored(row.Strings("authors")),
        Editors = CitedWork.NamesFromStored(row.Strings("editors")),
        Container = row.Str("container"),
        Volume = row.Str("volume"),
        Issue = row.Str("issue"),
        Pages = row.Str("pages"),
        Publisher = row.Str("publisher"),
        Place = row.Str("place"),
        Doi = row.Str("doi"),
        Url = row.Str("url"),
    };
}
