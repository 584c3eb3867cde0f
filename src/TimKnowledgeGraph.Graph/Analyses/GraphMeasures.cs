namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// The measures of one graph (a layer, or the aggregate), one value per actor index; <paramref name="Ties"/>: its edges
/// (undirected pairs), or its arcs when <paramref name="Directed"/>. A directed graph's <paramref name="Degree"/> is
/// in-degree + out-degree (NetworkX's <c>DiGraph.degree</c>), and it has <paramref name="InDegree"/> and
/// <paramref name="OutDegree"/>; an undirected one has neither (null).
/// </summary>
public sealed record GraphMeasures(long Ties, int[] Degree, double[] Betweenness, StructuralHoles Holes, BrokerageRoles Roles,
    bool Directed = false, int[]? InDegree = null, int[]? OutDegree = null)
{
    /// <summary>The convention the measures were computed under, as every output names it: "directed" or "undirected".</summary>
    public string Convention => Directed ? "directed" : "undirected";
}
