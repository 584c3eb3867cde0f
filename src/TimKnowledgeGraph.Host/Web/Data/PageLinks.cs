using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>The URL of each node's page, from its label and id. Ids are path-escaped; actor and layer ids carry their dataset.</summary>
internal static class PageLinks
{
    /// <summary>The page of a node, or null when nodes of that label have none (evidence, regions, loads).</summary>
    public static string? For(string? label, string? id)
    {
        if (string.IsNullOrEmpty(id)) return null;
        return label switch
        {
            GraphSchema.Concept => Concept(id),
            GraphSchema.Proposition => "/propositions/" + Escape(id),
            GraphSchema.Critique => "/critiques/" + Escape(id),
            GraphSchema.Reference => Reference(id),
            GraphSchema.Author => "/authors/" + Escape(id),
            GraphSchema.Dataset => Dataset(id),
            GraphSchema.Actor => Actor(id),
            GraphSchema.Network => Layer(id),
            _ => null,
        };
    }

    /// <summary>A concept page.</summary>
    public static string Concept(string id) => "/concepts/" + Escape(id);

    /// <summary>A reference page.</summary>
    public static string Reference(string id) => "/references/" + Escape(id);

    /// <summary>
    /// A key as it was linked (<see cref="Reference"/>): ASP.NET Core leaves an encoded slash (<c>%2F</c>) encoded in a
    /// route value, so that it does not split the path, and a citation key with '/' (Zotero's <c>9876/ABCD1234</c>)
    /// arrives as <c>9876%2FABCD1234</c>.
    /// </summary>
    public static string KeyFromRoute(string value) => value.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    /// <summary>A network dataset page.</summary>
    public static string Dataset(string id) => "/networks/" + Escape(id);

    /// <summary>An actor page: actor ids are <c>&lt;dataset&gt;/&lt;actor&gt;</c>.</summary>
    public static string? Actor(string id) => Split(id) is var (dataset, local)
        ? $"/networks/{Escape(dataset)}/actors/{Escape(local)}"
        : null;

    /// <summary>A region as one dataset sees it: region ids are shared places, so the page is reached through a dataset.</summary>
    public static string Region(string dataset, string region) => $"/networks/{Escape(dataset)}/regions/{Escape(region)}";

    /// <summary>A layer, as an anchor on its dataset's page: layer ids are <c>&lt;dataset&gt;/&lt;layer&gt;</c>.</summary>
    public static string? Layer(string id) => Split(id) is var (dataset, layer)
        ? $"/networks/{Escape(dataset)}#layer-{Escape(layer)}"
        : null;

    /// <summary>The page of a concept kind on the concept index.</summary>
    public static string ConceptKind(string kind) => "/concepts#kind-" + Escape(kind);

    private static (string, string)? Split(string id)
    {
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 || slash == id.Length - 1 ? null : (id[..slash], id[(slash + 1)..]);
    }

    private static string Escape(string segment) => Uri.EscapeDataString(segment);
}
