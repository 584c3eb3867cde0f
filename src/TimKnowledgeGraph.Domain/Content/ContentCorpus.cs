using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.References;

namespace TimKnowledgeGraph.Domain.Content;

/// <summary>Everything parsed from a content root: the input of validation and mapping.</summary>
/// <param name="UnreadableNoteIds">
/// Ids (file names) of notes whose front matter could not be read. Their problem is reported where it is; links to
/// them are not reported again as unknown ids, so one mistake gives one diagnostic.
/// </param>
internal sealed record ContentCorpus(
    IReadOnlyList<Note> Notes,
    IReadOnlyList<ReferenceRecord> References,
    IReadOnlyList<DatasetContent> Datasets,
    IReadOnlySet<string>? UnreadableNoteIds = null)
{
    public IReadOnlySet<string> UnreadableNoteIds { get; } = UnreadableNoteIds ?? new HashSet<string>();
}

/// <summary>One network dataset: its description and its rows (from CSV or GraphML).</summary>
internal sealed record DatasetContent(DatasetDescription Description, IReadOnlyList<ActorRow> Actors, IReadOnlyList<TieRow> Ties);
