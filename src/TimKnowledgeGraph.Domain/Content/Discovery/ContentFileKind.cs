namespace TimKnowledgeGraph.Domain.Content.Discovery;

/// <summary>What a content file is, decided by the folder it sits in and its extension.</summary>
public enum ContentFileKind
{
    /// <summary><c>concepts/**/*.md</c></summary>
    ConceptNote,
    /// <summary><c>propositions/**/*.md</c></summary>
    PropositionNote,
    /// <summary><c>critiques/**/*.md</c></summary>
    CritiqueNote,
    /// <summary><c>references/**/*.bib</c></summary>
    BibTex,
    /// <summary><c>references/**/*.json</c></summary>
    CslJson,
    /// <summary><c>networks/&lt;dataset&gt;/dataset.md</c></summary>
    DatasetDescription,
    /// <summary>Any other file in a dataset folder (CSV, GraphML), read only if dataset.md names it.</summary>
    NetworkData,
    /// <summary>A file in <c>references/</c> or <c>networks/</c> that is not content; reported as a warning.</summary>
    Unrecognised,
    /// <summary>
    /// A path discovery refused to read (a symbolic link, a file over its size limit, files beyond the root's limits):
    /// <see cref="ContentFile.Problem"/> says why, and the load reports it as an error.
    /// </summary>
    Refused,
}
