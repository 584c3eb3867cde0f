using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Mapping;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>The graph one content load describes, in <see cref="GraphOrder"/> (as <see cref="ContentLoadResult"/> lists it).</summary>
public sealed record ContentGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphRelationship> Relationships)
{
    /// <summary>The graph of <paramref name="content"/>.</summary>
    public static ContentGraph Of(ContentLoadResult content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new ContentGraph(content.Nodes, content.Relationships);
    }
}
