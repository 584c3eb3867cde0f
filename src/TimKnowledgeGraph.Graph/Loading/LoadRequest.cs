namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>Options for one load.</summary>
/// <param name="Full">Ignore recorded hashes and the remembered snapshot: parse everything and compare with the graph read back.</param>
/// <param name="Progress">Receives stage progress (for the CLI).</param>
public sealed record LoadRequest(bool Full = false, IProgress<LoadProgress>? Progress = null);
