namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// The measures of one graph (a layer, or the aggregate), one value per actor index; <paramref name="Ties"/>: its tied
/// pairs (undirected, each once). A directed graph's <paramref name="Degree"/> is in-degree + out-degree (NetworkX's
/// <c>DiGraph.degree</c>), and it has <paramref name="InDegree"/>, <paramref name="OutDegree"/> and its
/// <paramref name="Arcs"/> (NetworkX's <c>number_of_edges</c> of the DiGraph); an undirected one has none of them (null).
/// </summary>
public sealed record GraphMeasures(long Ties, int[] Degree, double[] Betweenness, StructuralHoles Holes, BrokerageRoles Roles,
    bool Directed = false, int[]? InDegree = null, int[]? OutDegree = null, long? Arcs = null)
{
    /// <summary>The convention the measures were computed under, as every output names it: "directed" or "undirected".</summary>
    public string Convention => Directed ? "directed" : "undirected";
}
