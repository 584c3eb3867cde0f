using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>
/// Resolves wiki-link targets and citation keys in note bodies to page URLs, matching as the loader does
/// (content/README.md): id (ignoring case), then name, then alias.
/// </summary>
public sealed class LinkIndex
{
    private readonly Dictionary<string, string> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _byAlias = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _references = new(StringComparer.Ordinal);

    /// <summary>Builds the index from <c>web-link-index</c> rows (id, label, name, aliases).</summary>
    public LinkIndex(IEnumerable<Rec> rows)
    {
        foreach (var row in rows)
        {
            var id = row.Str("id");
            var label = row.Str("label");
            if (PageLinks.For(label, id) is not { } href) continue;
            _byId.TryAdd(id!, href);
            if (label == GraphSchema.Reference) _references.Add(id!);
            if (row.Str("name") is { } name) _byName.TryAdd(name, href);
            foreach (var alias in row.Strings("aliases")) _byAlias.TryAdd(alias, href);
        }
    }

    /// <summary>The page a wiki-link target names, or null (rendered as an unresolved span).</summary>
    public string? WikiLink(string target) =>
        _byId.GetValueOrDefault(target) ?? _byName.GetValueOrDefault(target) ?? _byAlias.GetValueOrDefault(target);

    /// <summary>The page of a cited reference, or null.</summary>
    public string? Citation(string key) => _references.Contains(key) ? PageLinks.Reference(key) : null;
}
