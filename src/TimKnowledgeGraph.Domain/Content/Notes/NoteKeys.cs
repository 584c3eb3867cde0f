namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>The front matter keys each note kind knows (content/README.md); others draw a warning.</summary>
public static class NoteKeys
{
    /// <summary>Keys of a concept note.</summary>
    public static readonly IReadOnlyList<string> Concept =
        ["id", "type", "kind", "name", "aliases", "year", "summary", "member_of", "derived_from", "overlaps_with",
         "introduced_in", "responds_to", "evidence"];

    /// <summary>Keys of a proposition note.</summary>
    public static readonly IReadOnlyList<string> Proposition =
        ["id", "type", "number", "text", "derived_from", "introduced_in", "responds_to", "evidence"];

    /// <summary>Keys of a critique note.</summary>
    public static readonly IReadOnlyList<string> Critique =
        ["id", "type", "name", "summary", "targets", "raised_in", "specialises", "introduced_in", "evidence"];

    /// <summary>Keys of one <c>evidence</c> item.</summary>
    public static readonly IReadOnlyList<string> Evidence = ["id", "stance", "from", "locator", "quote"];

    /// <summary>Keys of a <c>derived_from</c> map item.</summary>
    public static readonly IReadOnlyList<string> Lineage = ["id", "ref", "locator"];

    /// <summary>Keys of an <c>introduced_in</c> / <c>raised_in</c> map item.</summary>
    public static readonly IReadOnlyList<string> RefLink = ["ref", "locator"];

    /// <summary>Keys of a <c>responds_to</c> map item.</summary>
    public static readonly IReadOnlyList<string> Response = ["critique", "how"];

    /// <summary>The known keys for a note kind.</summary>
    public static IReadOnlyList<string> For(NoteKind kind) => kind switch
    {
        NoteKind.Concept => Concept,
        NoteKind.Proposition => Proposition,
        _ => Critique,
    };
}
