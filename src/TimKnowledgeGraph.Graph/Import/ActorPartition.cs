namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// A dataset's actors split into parts for concurrent writers, whole regions at a time, balanced by actor count.
/// </summary>
/// <remarks>
/// Batches of different parts must never touch the same node. An actor's LOCATED_IN touches its region's node, so a
/// region's actors share a part; and regional layers tie actors of one region, so most ties fall inside one part,
/// where they can be written concurrently (<see cref="ImportRun"/> writes the ties between parts afterwards).
/// </remarks>
internal sealed class ActorPartition
{
    private readonly byte[] _partOfActor;
    private readonly int[] _actorsInPart;

    private ActorPartition(int parts, byte[] partOfActor)
    {
        Parts = parts;
        _partOfActor = partOfActor;
        _actorsInPart = new int[parts];
        foreach (var part in partOfActor) _actorsInPart[part]++;
    }

    /// <summary>How many parts.</summary>
    public int Parts { get; }

    /// <summary>The part of the actor with dense index <paramref name="actor"/>.</summary>
    public int Of(int actor) => _partOfActor[actor];

    /// <summary>How many actors part <paramref name="part"/> holds.</summary>
    public int ActorsIn(int part) => _actorsInPart[part];

    /// <summary>Splits the validated actors into <paramref name="parts"/> parts (1 to 255).</summary>
    public static ActorPartition Create(IReadOnlyList<int> actorRegions, int regions, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(parts, byte.MaxValue);
        var actorsPerRegion = new long[regions];
        foreach (var region in actorRegions.Where(r => r >= 0)) actorsPerRegion[region]++;

        // Largest regions first, each to the part with the fewest actors so far (greedy balancing).
        var load = new long[parts];
        var partOfRegion = new byte[regions];
        foreach (var region in Enumerable.Range(0, regions).OrderByDescending(r => actorsPerRegion[r]).ThenBy(r => r))
        {
            var lightest = Array.IndexOf(load, load.Min());
            partOfRegion[region] = (byte)lightest;
            load[lightest] += actorsPerRegion[region];
        }

        // Actors without a region lock no shared node of their own: spread them evenly.
        var partOfActor = new byte[actorRegions.Count];
        for (var actor = 0; actor < partOfActor.Length; actor++)
        {
            var region = actorRegions[actor];
            partOfActor[actor] = region >= 0 ? partOfRegion[region] : (byte)(actor % parts);
        }
        return new ActorPartition(parts, partOfActor);
    }
}
