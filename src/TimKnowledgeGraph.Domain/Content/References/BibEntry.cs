using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>One BibTeX entry: <c>@type{key, field = value, ...}</c>.</summary>
/// <param name="Type">The entry type, lower-cased (<c>article</c>, <c>book</c>, <c>incollection</c>...).</param>
/// <param name="Key">The citation key.</param>
/// <param name="Fields">The fields in file order (first of any duplicates only).</param>
/// <param name="At">Where the <c>@</c> is.</param>
/// <param name="KeyAt">Where the key is.</param>
internal sealed record BibEntry(string Type, string Key, IReadOnlyList<BibField> Fields, SourceLocation At, SourceLocation KeyAt)
{
    /// <summary>The field with this (case-insensitive) name, or null.</summary>
    public BibField? Get(string name)
    {
        // A loop, not LINQ: converting an entry asks for 14 fields, and a lambda and enumerator each time made most of
        // the 2 KB a small entry allocated.
        for (var i = 0; i < Fields.Count; i++)
            if (Fields[i].Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return Fields[i];
        return null;
    }
}
