namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>The measures of one graph (a layer, or the aggregate), one value per actor index.</summary>
public sealed record GraphMeasures(int[] Degree, double[] Betweenness, StructuralHoles Holes, BrokerageRoles Roles);
