namespace TimKnowledgeGraph.Graph.Search;

/// <summary>
/// One searchable thing: a node of the graph with its texts split by how much a match in each should count
/// (<see cref="Name"/> &gt; <see cref="Aliases"/> &gt; <see cref="Summary"/> &gt; <see cref="Body"/>).
/// </summary>
/// <param name="Type">The node's label (Concept, Critique, Proposition, Reference, Author, Actor, Evidence, Dataset).</param>
/// <param name="Id">The node's id, unique within <paramref name="Type"/>.</param>
/// <param name="Name">The name shown for the result (a reference's title, a proposition's "Proposition 3").</param>
/// <param name="Aliases">Other names: aliases, a reference's authors, an author's works.</param>
/// <param name="Summary">The one-line summary (a proposition's text, a reference's container and year).</param>
/// <param name="Body">The long text, as plain text: note body, quotes of its typed links, an evidence quote.</param>
/// <param name="LinkType">The label of the page a result opens (the claim for a piece of evidence).</param>
/// <param name="LinkId">The id of the page a result opens.</param>
internal sealed record SearchDocument(
    string Type,
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Summary,
    string? Body,
    string LinkType,
    string LinkId)
{
    /// <summary>The key the index updates and deletes by.</summary>
    public string Key => Type + "\u001f" + Id;

    /// <summary>A digest of every field: a document whose fingerprint is unchanged is not written again.</summary>
    public string Fingerprint()
    {
        var text = string.Join("\u001e", [Type, Id, Name, string.Join("\u001d", Aliases), Summary ?? "", Body ?? "", LinkType, LinkId]);
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
