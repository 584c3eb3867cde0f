namespace TimKnowledgeGraph.Domain.GraphModel;

/// <summary>
/// The fixed vocabulary of the graph. Cypher is never built from user text: labels and relationship
/// types that appear in generated statements must come from these lists.
/// </summary>
public static class GraphSchema
{
    public const string Concept = "Concept";
    public const string Proposition = "Proposition";
    public const string Critique = "Critique";
    public const string Reference = "Reference";
    public const string Author = "Author";
    public const string Evidence = "Evidence";
    public const string Actor = "Actor";
    public const string Network = "Network";
    public const string Region = "Region";
    public const string Dataset = "Dataset";
    /// <summary>A record of one load: when, tool version, files and their hashes.</summary>
    public const string Load = "Load";

    public static readonly IReadOnlyList<string> Labels =
        [Concept, Proposition, Critique, Reference, Author, Evidence, Actor, Network, Region, Dataset, Load];

    /// <summary>Derivation: the concept (or proposition) was developed out of the target.</summary>
    public const string DerivedFrom = "DERIVED_FROM";
    /// <summary>Kind-of: the concept is a kind of the target (a Marshallian district is an industrial district).</summary>
    public const string IsA = "IS_A";
    /// <summary>Context or motivation: the target is what set the concept going or what it answers to, not its source.</summary>
    public const string MotivatedBy = "MOTIVATED_BY";
    /// <summary>A parallel the text draws between two ideas, without either deriving from the other.</summary>
    public const string Parallels = "PARALLELS";
    /// <summary>An actor, author or event (network layer) that produced a concept, critique or proposition.</summary>
    public const string Produced = "PRODUCED";
    public const string MemberOf = "MEMBER_OF";
    public const string OverlapsWith = "OVERLAPS_WITH";
    public const string IntroducedIn = "INTRODUCED_IN";
    public const string Targets = "TARGETS";
    public const string RaisedIn = "RAISED_IN";
    public const string Specialises = "SPECIALISES";
    public const string RespondsTo = "RESPONDS_TO";
    public const string Supports = "SUPPORTS";
    public const string Challenges = "CHALLENGES";
    public const string Qualifies = "QUALIFIES";
    public const string From = "FROM";
    public const string Authored = "AUTHORED";
    public const string Mentions = "MENTIONS";
    public const string Cites = "CITES";
    public const string Tie = "TIE";
    public const string ParticipatesIn = "PARTICIPATES_IN";
    public const string LocatedIn = "LOCATED_IN";
    public const string InstanceOf = "INSTANCE_OF";
    public const string Contains = "CONTAINS";

    public static readonly IReadOnlyList<string> RelationshipTypes =
    [
        DerivedFrom, MemberOf, OverlapsWith, IntroducedIn, Targets, RaisedIn, Specialises, RespondsTo,
        Supports, Challenges, Qualifies, From, Authored, Mentions, Cites,
        Tie, ParticipatesIn, LocatedIn, InstanceOf, Contains,
        IsA, MotivatedBy, Parallels, Produced,
        .. CitoRelations.Types,
    ];

    /// <summary>Common property names every loaded node and relationship carries.</summary>
    public const string SourceFileProperty = "sourceFile";
    public const string SourceLineProperty = "sourceLine";

    /// <summary>The dataset an Actor belongs to (its id); the network analyses find a dataset's actors by it.</summary>
    public const string DatasetProperty = "dataset";

    public static bool IsLabel(string label) => Labels.Contains(label, StringComparer.Ordinal);
    public static bool IsRelationshipType(string type) => RelationshipTypes.Contains(type, StringComparer.Ordinal);
}
