namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// An (actor, layer) pair of an import as one long, actor index × layers + layer index: validation, the actors' reader
/// and the participations' writers must agree on it. Actor-major, so pairs in order are grouped by actor.
/// </summary>
internal static class ParticipationPair
{
    public static long Of(int actor, int layer, int layers) => (long)actor * layers + layer;

    public static int Actor(long pair, int layers) => (int)(pair / layers);

    public static int Layer(long pair, int layers) => (int)(pair % layers);
}
