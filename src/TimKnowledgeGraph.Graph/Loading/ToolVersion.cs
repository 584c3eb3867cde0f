using System.Reflection;

namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>The tool's informational version, recorded on every Load node; a new version re-checks unchanged files.</summary>
public static class ToolVersion
{
    /// <summary>E.g. <c>1.0.0+3f2c1a…</c>.</summary>
    public static string Current { get; } =
        typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
