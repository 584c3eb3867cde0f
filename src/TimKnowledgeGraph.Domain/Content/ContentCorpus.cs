using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.References;

namespace TimKnowledgeGraph.Domain.Content;

/// <summary>Everything parsed from a content root: the input of validation and mapping.</summary>
public sealed record ContentCorpus(
    IReadOnlyList<Note> Notes,
    IReadOnlyList<ReferenceRecord> References,
    IReadOnlyList<DatasetContent> Datasets);

/// <summary>One network dataset: its description and its rows (from CSV or GraphML).</summary>
public sealed record DatasetContent(DatasetDescription Description, IReadOnlyList<ActorRow> Actors, IReadOnlyList<TieRow> Ties);
