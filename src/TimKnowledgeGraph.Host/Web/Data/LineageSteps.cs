namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>How the pages read the lineage relationship types (content/README.md, "Typed links").</summary>
internal static class LineageSteps
{
    /// <summary>"derived from", "is a kind of", "member of", "motivated by", ...; the type itself when unknown.</summary>
    public static string Describe(string? relationship) => relationship switch
    {
        "DERIVED_FROM" => "derived from",
        "IS_A" => "is a kind of",
        "MEMBER_OF" => "member of",
        "MOTIVATED_BY" => "motivated by",
        "PARALLELS" => "parallels",
        "PRODUCED" => "produced",
        _ => relationship ?? "",
    };
}
