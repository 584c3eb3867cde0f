namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// A fixed-size Bloom filter over strings: "certainly not seen" or "maybe seen", in constant memory whatever the
/// input size. The importer creates ties it has certainly not seen and merges the rest, so repeated rows never
/// become duplicate relationships without keeping every tie key in memory.
/// </summary>
internal sealed class BloomFilter(int log2Bits = 27)
{
    private const int Hashes = 3;
    private readonly ulong[] _bits = new ulong[(1L << log2Bits) / 64];
    private readonly ulong _mask = (1UL << log2Bits) - 1;

    /// <summary>Adds <paramref name="key"/>; returns true when it may have been added before.</summary>
    public bool AddAndCheck(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var h1 = Fnv1a(key);
        var h2 = ((ulong)(uint)StringComparer.Ordinal.GetHashCode(key) << 32 | (uint)key.Length) * 0x9E3779B97F4A7C15UL | 1;
        var seen = true;
        for (var i = 0UL; i < Hashes; i++)
        {
            // Double hashing: k positions from two hashes (Kirsch & Mitzenmacher).
            var bit = (h1 + i * h2) & _mask;
            ref var word = ref _bits[bit >> 6];
            var flag = 1UL << (int)(bit & 63);
            if ((word & flag) == 0) { seen = false; word |= flag; }
        }
        return seen;
    }

    private static ulong Fnv1a(string key)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }
}
