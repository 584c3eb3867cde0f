namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>The measures of one graph (a layer, or the aggregate), one value per actor index; <paramref name="Ties"/>: its edges.</summary>
public sealed record GraphMeasures(long Ties, int[] Degree, double[] Betweenness, StructuralHoles Holes, BrokerageRoles Roles);
