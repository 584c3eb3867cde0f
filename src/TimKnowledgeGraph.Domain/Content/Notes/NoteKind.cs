namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>The type of a note, decided by its folder.</summary>
public enum NoteKind
{
    /// <summary><c>concepts/</c></summary>
    Concept,
    /// <summary><c>propositions/</c></summary>
    Proposition,
    /// <summary><c>critiques/</c></summary>
    Critique,
}
