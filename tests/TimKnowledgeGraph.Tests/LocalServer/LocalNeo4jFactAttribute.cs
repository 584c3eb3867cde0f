namespace TimKnowledgeGraph.Tests.LocalServer;

/// <summary>
/// A fact that needs a real local Neo4j. Outside CI it is skipped on a machine without Java (or without npm before
/// the first download); under CI (<c>CI=true</c>) it always runs, so a missing prerequisite fails instead.
/// Decided at discovery, because xunit 2 has no reliable way for a running test to skip itself.
/// </summary>
public sealed class LocalNeo4jFactAttribute : FactAttribute
{
    public LocalNeo4jFactAttribute()
    {
        if (!LocalNeo4jTestSupport.IsCI && LocalNeo4jTestSupport.MissingPrerequisite() is { } reason)
        {
            Skip = reason;
        }
    }
}
