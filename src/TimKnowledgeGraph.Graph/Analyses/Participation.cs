namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Multiplex participation coefficient (Battiston, Nicosia &amp; Latora 2014), as <c>cypher/multiplex-participation.cypher</c>
/// defines it: P_i = M/(M−1)·[1 − Σ_α (k_i^α / o_i)²], M = the dataset's layers, k_i^α = i's degree in layer α,
/// o_i = Σ_α k_i^α; P_i = 0 when o_i = 0 (an actor without ties) or M &lt; 2. Multiplex degree: the layers in which i has ties.
/// </summary>
public static class Participation
{
    public static (int[] MultiplexDegree, double[] Coefficient) Compute(int actorCount, IReadOnlyList<Adjacency> layers)
    {
        var m = layers.Count;
        var multiplexDegree = new int[actorCount];
        var coefficient = new double[actorCount];
        for (var i = 0; i < actorCount; i++)
        {
            long o = 0, squares = 0;
            foreach (var layer in layers)
            {
                long k = layer.Degree(i);
                if (k > 0) multiplexDegree[i]++;
                o += k;
                squares += k * k;
            }
            coefficient[i] = o == 0 || m < 2 ? 0.0 : (double)m / (m - 1) * (1.0 - (double)squares / ((double)o * o));
        }
        return (multiplexDegree, coefficient);
    }
}
