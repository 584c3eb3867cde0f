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
    /// <summary>
    /// One CiTO property, the relationship type it becomes, what it means, and how a page names it from each end
    /// (<paramref name="Label"/> from the citing note, <paramref name="InverseLabel"/> from the cited work).
    /// </summary>
    public sealed record Relation(string Name, string Type, string Meaning, string Label, string InverseLabel);

    /// <summary>The relations, by their CiTO name (<c>cito:extends</c>).</summary>
    public static readonly IReadOnlyList<Relation> All =
    [
        new("cito:agreesWith", "AGREES_WITH", "agrees with the statements of the cited work", "Agrees with", "Agreed with by"),
        new("cito:citesAsAuthority", "CITES_AS_AUTHORITY", "cites the work as an authority on the subject", "Cites as an authority", "Cited as an authority by"),
        new("cito:citesAsEvidence", "CITES_AS_EVIDENCE", "cites the work as a source of factual evidence", "Cites as evidence", "Cited as evidence by"),
        new("cito:citesAsSourceDocument", "CITES_AS_SOURCE_DOCUMENT", "cites the work as the source document it is based on", "Cites as its source document", "Source document of"),
        new("cito:citesForInformation", "CITES_FOR_INFORMATION", "cites the work for information about the subject", "Cites for information", "Cited for information by"),
        new("cito:critiques", "CRITIQUES", "critiques the cited work", "Critiques", "Critiqued by"),
        new("cito:disagreesWith", "DISAGREES_WITH", "disagrees with the statements of the cited work", "Disagrees with", "Disagreed with by"),
        new("cito:discusses", "DISCUSSES", "discusses the cited work", "Discusses", "Discussed by"),
        new("cito:extends", "EXTENDS", "extends facts, ideas or interpretations of the cited work", "Extends", "Extended by"),
        new("cito:obtainsBackgroundFrom", "OBTAINS_BACKGROUND_FROM", "obtains background information from the cited work", "Obtains background from", "Gives background to"),
        new("cito:usesConceptualFrameworkOf", "USES_CONCEPTUAL_FRAMEWORK_OF", "uses the conceptual framework of the cited work", "Uses the conceptual framework of", "Conceptual framework used by"),
        new("cito:usesMethodIn", "USES_METHOD_IN", "uses a method described in the cited work", "Uses a method in", "Method used by"),
    ];

    /// <summary>The CiTO names, for messages and hints.</summary>
    public static readonly IReadOnlyList<string> Names = [.. All.Select(r => r.Name)];

    /// <summary>The relationship types, for the schema.</summary>
    public static readonly IReadOnlyList<string> Types = [.. All.Select(r => r.Type)];

    /// <summary>The relation with this CiTO name (case-sensitive, as the ontology spells it), or null.</summary>
    public static Relation? Find(string name) => All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));
}
