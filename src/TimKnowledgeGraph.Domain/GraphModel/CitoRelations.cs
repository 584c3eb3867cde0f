namespace TimKnowledgeGraph.Domain.GraphModel;

/// <summary>
/// The citation relations a note may state, from the Citation Typing Ontology (CiTO, <c>http://purl.org/spar/cito/</c>;
/// Peroni &amp; Shotton 2012, "FaBiO and CiTO: ontologies for describing bibliographic resources and citations",
/// Journal of Web Semantics 17, 33–43, doi:10.1016/j.websem.2012.08.001). A small subset: the relations the two
/// source texts state. Each CiTO property name (as written in front matter) maps to one fixed relationship type; the
/// graph never gets a type built from what a note wrote.
/// </summary>
public static class CitoRelations
{
    /// <summary>One CiTO property and the relationship type it becomes.</summary>
    public sealed record Relation(string Name, string Type, string Meaning);

    /// <summary>The relations, by their CiTO name (<c>cito:extends</c>).</summary>
    public static readonly IReadOnlyList<Relation> All =
    [
        new("cito:agreesWith", "AGREES_WITH", "agrees with the statements of the cited work"),
        new("cito:citesAsAuthority", "CITES_AS_AUTHORITY", "cites the work as an authority on the subject"),
        new("cito:citesAsEvidence", "CITES_AS_EVIDENCE", "cites the work as a source of factual evidence"),
        new("cito:citesAsSourceDocument", "CITES_AS_SOURCE_DOCUMENT", "cites the work as the source document it is based on"),
        new("cito:citesForInformation", "CITES_FOR_INFORMATION", "cites the work for information about the subject"),
        new("cito:critiques", "CRITIQUES", "critiques the cited work"),
        new("cito:disagreesWith", "DISAGREES_WITH", "disagrees with the statements of the cited work"),
        new("cito:discusses", "DISCUSSES", "discusses the cited work"),
        new("cito:extends", "EXTENDS", "extends facts, ideas or interpretations of the cited work"),
        new("cito:obtainsBackgroundFrom", "OBTAINS_BACKGROUND_FROM", "obtains background information from the cited work"),
        new("cito:usesConceptualFrameworkOf", "USES_CONCEPTUAL_FRAMEWORK_OF", "uses the conceptual framework of the cited work"),
        new("cito:usesMethodIn", "USES_METHOD_IN", "uses a method described in the cited work"),
    ];

    /// <summary>The CiTO names, for messages and hints.</summary>
    public static readonly IReadOnlyList<string> Names = [.. All.Select(r => r.Name)];

    /// <summary>The relationship types, for the schema.</summary>
    public static readonly IReadOnlyList<string> Types = [.. All.Select(r => r.Type)];

    /// <summary>The relation with this CiTO name (case-sensitive, as the ontology spells it), or null.</summary>
    public static Relation? Find(string name) => All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));
}
