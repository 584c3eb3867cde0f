using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data.Rows;

/// <summary>One direct link of a node (<c>web-neighbourhood</c>): the relationship, its direction, the other end and the link's ground.</summary>
[QueryRow("web-neighbourhood")]
internal sealed record NeighbourRow(
    string? Relationship, bool Outgoing, string? Id, string? Label, string? Name, string? Year, IReadOnlyList<string> Authors,
    string? Locator, string? How, string? Ref, string? Quote, string? SourceFile, long? SourceLine) : ISourced
{
    /// <summary>The year as a number, for ordering (null when not a whole number).</summary>
    public long? YearNumber => long.TryParse(Year, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;

    /// <summary>The other end as a work (key, year, authors), for a reference the corpus's bibliography lacks.</summary>
    public CitedWork ToCitedWork() => new() { Key = Id ?? "", Year = YearNumber, Authors = CitedWork.NamesFromStored(Authors) };
}
