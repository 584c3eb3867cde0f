using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data.Rows;

/// <summary>A reference with what the author–date formatter needs (<c>web-bibliography</c>), as a <see cref="CitedWork"/>.</summary>
[QueryRow("web-bibliography")]
internal sealed record WorkRow(
    string? Id, string? Type, string? Title, long? Year, IReadOnlyList<string> Authors, IReadOnlyList<string> Editors, string? Container,
    string? Volume, string? Issue, string? Pages, string? Publisher, string? Place, string? Doi, string? Url)
{
    /// <summary>The work the formatter takes.</summary>
    public CitedWork ToCitedWork() => new()
    {
        Key = Id ?? "",
        Type = Type,
        Title = Title,
        Year = Year,
        Authors = CitedWork.NamesFromStored(Authors),
        Editors = CitedWork.NamesFromStored(Editors),
        Container = Container,
        Volume = Volume,
        Issue = Issue,
        Pages = Pages,
        Publisher = Publisher,
        Place = Place,
        Doi = Doi,
        Url = Url,
    };
}
