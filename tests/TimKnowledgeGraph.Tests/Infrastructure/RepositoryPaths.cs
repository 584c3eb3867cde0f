namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>Finds the repository (the folder holding TimKnowledgeGraph.sln) from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Cypher => Path.Combine(Root, "cypher");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TimKnowledgeGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException($"TimKnowledgeGraph.sln not found above {AppContext.BaseDirectory}");
    }
}
