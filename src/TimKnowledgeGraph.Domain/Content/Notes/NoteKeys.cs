namespace TimKnowledgeGraph.Domain.Content.Notes;

/// <summary>The front matter keys each note kind knows (content/README.md); others draw a warning.</summary>
internal static class NoteKeys
{
    /// <summary>Keys of a concept note.</summary>
    public static readonly IReadOnlyList<string> Concept =
        ["id", "type", "kind", "name", "aliases", "year", "summary", "member_of", "derived_from", "is_a", "motivated_by",
         "parallels", "overlaps_with", "introduced_in", "responds_to", "cito", "produced_by", "evidence", "tags"];

    /// <summary>Keys of a proposition note.</summary>
    public static readonly IReadOnlyList<string> Proposition =
        ["id", "type", "number", "text", "derived_from", "motivated_by", "parallels", "introduced_in", "responds_to", "cito",
         "produced_by", "evidence", "tags"];

    /// <summary>Keys of a critique note.</summary>
    public static readonly IReadOnlyList<string> Critique =
        ["id", "type", "name", "summary", "targets", "raised_in", "specialises", "introduced_in", "cito", "produced_by", "evidence", "tags"];

    /// <summary>Keys of one <c>evidence</c> item.</summary>
    public static readonly IReadOnlyList<string> Evidence = ["id", "stance", "from", "locator", "quote"];

    /// <summary>Keys of a map item of a list of ids (<c>derived_from</c>, <c>is_a</c>, <c>targets</c>, ...).</summary>
    public static readonly IReadOnlyList<string> IdLink = ["id", "ref", "locator", "quote"];

    /// <summary>Keys of an <c>introduced_in</c> / <c>raised_in</c> map item.</summary>
    public static readonly IReadOnlyList<string> RefLink = ["ref", "locator", "quote"];

    /// <summary>Keys of a <c>responds_to</c> map item.</summary>
    public static readonly IReadOnlyList<string> Response = ["critique", "how", "locator", "quote"];

    /// <summary>Keys of a <c>cito</c> item.</summary>
    public static readonly IReadOnlyList<string> Cito = ["relation", "ref", "from", "locator", "quote"];

    /// <summary>The known keys for a note kind.</summary>
    public static IReadOnlyList<string> For(NoteKind kind) => kind switch
    {
        NoteKind.Concept => Concept,
        NoteKind.Proposition => Proposition,
        _ => Critique,
    };
}
