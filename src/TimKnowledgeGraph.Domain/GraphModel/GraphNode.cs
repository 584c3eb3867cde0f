using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.GraphModel;

/// <summary>
/// A node as it will be written: one label from <see cref="GraphSchema.Labels"/>, a stable id, plain properties
/// (string, long, double, bool, or lists of those) and the place in content it came from.
/// </summary>
public sealed record GraphNode(string Label, string Id, IReadOnlyDictionary<string, object?> Properties, SourceLocation Source);
