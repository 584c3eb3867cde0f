using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// One reference of a reading list (a row of <c>reading-list</c>): the work, bound from the row's reference columns,
/// and why it is on the list. The concept page, the API's exports and <c>timkg export reading-list</c> all read it.
/// </summary>
[QueryRow("reading-list")]
public sealed record ReadingListEntry(CitedWork Work, IReadOnlyList<string> Roles);
