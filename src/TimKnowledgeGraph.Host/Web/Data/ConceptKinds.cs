namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>The concept kinds of the domain model, in the order the navigation lists them, with readable names.</summary>
internal static class ConceptKinds
{
    /// <summary>Kinds and their plural display names.</summary>
    public static readonly IReadOnlyList<(string Kind, string Name)> All =
    [
        ("tim-family", "TIM family"),
        ("tim", "Territorial innovation models"),
        ("framework", "Frameworks"),
        ("concept", "Concepts"),
        ("district-type", "District types"),
        ("network-kind", "Network kinds"),
    ];

    /// <summary>The display name of a kind (the kind itself when unknown).</summary>
    public static string Name(string? kind) =>
        All.FirstOrDefault(k => k.Kind == kind).Name ?? kind ?? "Other";

    /// <summary>The singular, lower-case label shown next to a concept's name.</summary>
    public static string Singular(string? kind) => kind switch
    {
        "tim-family" => "model family",
        "tim" => "territorial innovation model",
        "district-type" => "district type",
        "network-kind" => "network kind",
        null => "concept",
        _ => kind,
    };
}
