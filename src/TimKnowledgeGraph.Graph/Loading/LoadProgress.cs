namespace TimKnowledgeGraph.Graph.Loading;

/// <summary>Where a load or import is: a stage name and how far it got (Total is 0 when unknown).</summary>
public sealed record LoadProgress(string Stage, long Done, long Total);
