using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>One reference of a reading list, with why it is on the list.</summary>
/// <param name="Authors">As stored on the Reference node: "Family, Given" per person, or a corporate name without a comma.</param>
public sealed record ReadingListEntry(
    string Id,
    string? Type,
    string? Title,
    long? Year,
    IReadOnlyList<string> Authors,
    string? Container,
    string? Doi,
    string? Url,
    IReadOnlyList<string> Roles)
{
    /// <summary>Builds an entry from one row of the <c>reading-list</c> query.</summary>
    public static ReadingListEntry FromRecord(IReadOnlyDictionary<string, object?> record) => new(
        Values.Text(record, "id") ?? "",
        Values.Text(record, "type"),
        Values.Text(record, "title"),
        Values.Number(record, "year") is { } y ? (long)y : null,
        Values.Strings(record.GetValueOrDefault("authors")),
        Values.Text(record, "container"),
        Values.Text(record, "doi"),
        Values.Text(record, "url"),
        Values.Strings(record.GetValueOrDefault("roles")));

    /// <summary>The entry as the author–date formatter sees it.</summary>
    public CitedWork ToCitedWork() => new()
    {
        Key = Id, Type = Type, Title = Title, Year = Year, Authors = CitedWork.NamesFromStored(Authors),
        Container = Container, Doi = Doi, Url = Url,
    };
}
