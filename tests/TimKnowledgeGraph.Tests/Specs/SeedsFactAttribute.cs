using TimKnowledgeGraph.Tests.LocalServer;

namespace TimKnowledgeGraph.Tests.Specs;

/// <summary>A fact that needs the seed texts: skipped outside CI when they are missing, run (and failing) under CI.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (!LocalNeo4jTestSupport.IsCI && !SourceTexts.Available)
            Skip = $"The source texts are not in {SourceTexts.Folder} (shared/seeds beside the repository); under CI=true this test fails instead";
    }
}
