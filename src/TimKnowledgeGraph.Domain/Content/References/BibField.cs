using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.References;

/// <summary>One field of a BibTeX entry.</summary>
/// <param name="Name">The field name, lower-cased.</param>
/// <param name="Raw">The value as TeX: outer delimiters removed, <c>#</c> parts joined, macros expanded, inner braces kept.</param>
/// <param name="At">Where the field name is.</param>
internal sealed record BibField(string Name, string Raw, SourceLocation At)
{
    /// <summary>The value as plain Unicode text (accents decoded, braces stripped, spaces collapsed).</summary>
    public string Text => TexText.ToUnicode(Raw);
}
