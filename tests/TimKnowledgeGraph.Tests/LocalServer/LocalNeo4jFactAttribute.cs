using System.Runtime.CompilerServices;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.LocalServer;

/// <summary>
/// A fact that starts its own local Neo4j. Outside CI it is skipped on a machine without Java (or without npm before
/// the first download); under CI (<c>CI=true</c>) it always runs, so a missing prerequisite fails instead
/// (<see cref="SkipPolicy"/>). The shared <see cref="Neo4jFixture"/> never skips: its tests fail without Java.
/// </summary>
public sealed class LocalNeo4jFactAttribute : FactAttribute
{
    public LocalNeo4jFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber) => SkipPolicy.Apply(this, LocalNeo4jTestSupport.MissingPrerequisite());
}
