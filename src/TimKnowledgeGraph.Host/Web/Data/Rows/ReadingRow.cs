using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data.Rows;

/// <summary>One work of a concept's reading list (<c>reading-list</c>) and why it is listed.</summary>
[QueryRow("reading-list")]
internal sealed record ReadingRow(
    string? Id, string? Type, string? Title, long? Year, IReadOnlyList<string> Authors, string? Container, string? Doi, string? Url,
    IReadOnlyList<string> Roles)
{
    /// <summary>The work as the formatter takes it, for a key the corpus's bibliography lacks.</summary>
    public CitedWork ToCitedWork() => new()
    {
        Key = Id ?? "",
        Type = Type,
        Title = Title,
        Year = Year,
        Authors = CitedWork.NamesFromStored(Authors),
        Container = Container,
        Doi = Doi,
        Url = Url,
    };
}
