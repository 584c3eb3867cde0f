namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Burt's (1992) structural-hole measures per node, on an undirected unweighted graph, as NetworkX computes them
/// (<c>nx.effective_size</c>, <c>nx.constraint</c> with <c>weight=None</c>):
/// effective size = n − 2t/n (Borgatti's 1997 form for this case; n = degree, t = ties among the neighbours);
/// constraint = Σ_{j∈N(i)} (p_ij + Σ_q p_iq·p_qj)² with p_ij = 1/deg(i), i.e. Σ_j (1/deg(i))²·(1 + Σ_{q∈N(i)∩N(j)} 1/deg(q))².
/// Both are NaN (undefined) for a node without ties, as in NetworkX.
/// </summary>
public sealed record StructuralHoles(double[] EffectiveSize, double[] Constraint);
