namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>
/// The district types of Markusen (1996) as the regional typology names them (cypher/regional-typology.cypher), with
/// the concept of content/concepts that describes each and the row of the paper's Figure 1 that defines it.
/// </summary>
internal static class DistrictTypes
{
    /// <summary>The concept describing the type, or null for <c>unclassified</c>.</summary>
    public static string? ConceptId(string? type) => type switch
    {
        "marshallian" => "marshallian-industrial-district",
        "hub-and-spoke" => "hub-and-spoke-district",
        "satellite-platform" => "satellite-platform-district",
        _ => null,
    };

    /// <summary>The type as a reader names it.</summary>
    public static string Name(string? type) => type switch
    {
        "marshallian" => "Marshallian",
        "hub-and-spoke" => "Hub-and-spoke",
        "satellite-platform" => "Satellite platform",
        null => "No ties",
        _ => "Unclassified",
    };

    /// <summary>
    /// What the type means by the rule the typology applies: the networks Figure 1 has present for it. The content's
    /// own description of the type (its concept's summary) is shown beside this where the graph has it.
    /// </summary>
    public static string Rule(string? type) => type switch
    {
        "marshallian" => "In Figure 1 a Marshallian district has all three networks: regional economic, regional social and global economic.",
        "hub-and-spoke" => "In Figure 1 a hub-and-spoke district has regional economic and global economic networks, and no regional social one.",
        "satellite-platform" => "In Figure 1 a satellite platform has global economic networks only: neither regional economic nor regional social ones.",
        null => "None of its actors has a tie of the three classes (regional economic, regional social, global economic) in the period shown, so there is nothing to type.",
        _ => "Its networks match no row of Figure 1 (which types a district by which of regional economic, regional social and global economic networks are present); the nearest rows are named.",
    };
}
