using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Neo4j.Schema;

/// <summary>
/// The DDL the graph needs — a unique constraint on <c>id</c> and an index on <c>sourceFile</c> for every label of
/// <see cref="GraphSchema.Labels"/>, and an index on the Actors' <c>dataset</c> — written in the dialect of the server's
/// version. Every statement is idempotent.
/// </summary>
internal static class SchemaStatements
{
    private const string IdProperty = "id";

    /// <summary>All schema statements for <paramref name="server"/>: constraints first (they bring their own id index), then indexes.</summary>
    public static IReadOnlyList<CypherStatement> For(ServerInfo server) => [.. WithIndexes(server).Select(s => s.Statement)];

    /// <summary>
    /// The statements of <see cref="For"/>, each with the index it makes as Neo4j 3.x's <c>db.indexes()</c> describes it
    /// (<c>INDEX ON :Actor(id)</c>; a unique constraint's own index is listed the same way).
    /// </summary>
    public static IReadOnlyList<(CypherStatement Statement, string Index)> WithIndexes(ServerInfo server)
    {
        ArgumentNullException.ThrowIfNull(server);
        return
        [
            .. GraphSchema.Labels.Select(label => (new CypherStatement(UniqueIdConstraint(server.Version, label)), Describe(label, IdProperty))),
            .. GraphSchema.Labels.Select(label => (new CypherStatement(PropertyIndex(server.Version, label, GraphSchema.SourceFileProperty)),
                Describe(label, GraphSchema.SourceFileProperty))),
            // layer-overlap and regional-typology start from a dataset's actors: a seek instead of reading every Actor.
            (new CypherStatement(PropertyIndex(server.Version, GraphSchema.Actor, GraphSchema.DatasetProperty)),
                Describe(GraphSchema.Actor, GraphSchema.DatasetProperty)),
        ];
    }

    private static string Describe(string label, string property) => $"INDEX ON :{label}({property})";

    /// <summary>The unique constraint on <c>id</c> for <paramref name="label"/>.</summary>
    public static string UniqueIdConstraint(Version version, string label)
    {
        RequireKnownLabel(label);
        var name = Name(label, IdProperty);
        return version switch
        {
            // 3.x has neither names nor IF NOT EXISTS; creating an existing constraint again is a silent no-op there.
            { Major: < 4 } => $"CREATE CONSTRAINT ON (n:{label}) ASSERT n.{IdProperty} IS UNIQUE",
            // 4.0-4.3: named, idempotent, still the ON ... ASSERT form (IF NOT EXISTS needs 4.1+; 4.0 is long out of support).
            { Major: 4, Minor: < 4 } => $"CREATE CONSTRAINT {name} IF NOT EXISTS ON (n:{label}) ASSERT n.{IdProperty} IS UNIQUE",
            // 4.4 introduced FOR ... REQUIRE; 5 removed ON ... ASSERT.
            _ => $"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{IdProperty} IS UNIQUE",
        };
    }

    /// <summary>A single-property index on <paramref name="property"/> for <paramref name="label"/>.</summary>
    public static string PropertyIndex(Version version, string label, string property)
    {
        RequireKnownLabel(label);
        return version.Major < 4
            ? $"CREATE INDEX ON :{label}({property})"
            : $"CREATE INDEX {Name(label, property)} IF NOT EXISTS FOR (n:{label}) ON (n.{property})";
    }

    // concept_id, concept_sourceFile: predictable names so that people and later migrations can find them.
    private static string Name(string label, string property) => $"{label.ToLowerInvariant()}_{property}";

    // Labels are spliced into DDL (Cypher has no label parameters), so only the fixed vocabulary may get here.
    private static void RequireKnownLabel(string label)
    {
        if (!GraphSchema.IsLabel(label))
            throw new ArgumentException($"'{label}' is not a label of GraphSchema.Labels.", nameof(label));
    }
}
