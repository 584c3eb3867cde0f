using System.Runtime.InteropServices;

namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// Ties read from the graph, as (source, target) actor indexes grouped by layer index; grows as it is read. One entry per
/// TIE relationship (parallel ties and self-loops kept: the typology counts TIEs, not pairs). For a timed dataset each
/// entry also carries its time (<see cref="AddTimed"/>): the wave index (0: none) and the ranks of its validFrom and
/// validTo texts in <see cref="ProjectedTime.Dates"/> (0: open).
/// </summary>
public sealed class TieList(int layerCount)
{
    private readonly List<int>[] _sources = NewLists(layerCount);
    private readonly List<int>[] _targets = NewLists(layerCount);
    private readonly List<int>[] _waves = NewLists(layerCount);
    private readonly List<int>[] _froms = NewLists(layerCount);
    private readonly List<int>[] _tos = NewLists(layerCount);

    public long Count { get; private set; }

    public int LayerCount => _sources.Length;

    /// <summary>True when the entries carry time (every entry then does).</summary>
    public bool IsTimed { get; private set; }

    public void Add(int source, int target, int layer)
    {
        _sources[layer].Add(source);
        _targets[layer].Add(target);
        Count++;
    }

    /// <summary>Adds a tie with its time: a wave index (0: none) and date ranks (0: open at that side).</summary>
    public void AddTimed(int source, int target, int layer, int wave, int from, int to)
    {
        Add(source, target, layer);
        _waves[layer].Add(wave);
        _froms[layer].Add(from);
        _tos[layer].Add(to);
        IsTimed = true;
    }

    public ReadOnlySpan<int> Sources(int layer) => CollectionsMarshal.AsSpan(_sources[layer]);

    public ReadOnlySpan<int> Targets(int layer) => CollectionsMarshal.AsSpan(_targets[layer]);

    /// <summary>Wave indexes per tie of the layer (empty when the list is not timed).</summary>
    public ReadOnlySpan<int> Waves(int layer) => CollectionsMarshal.AsSpan(_waves[layer]);

    /// <summary>validFrom ranks per tie of the layer (empty when the list is not timed).</summary>
    public ReadOnlySpan<int> Froms(int layer) => CollectionsMarshal.AsSpan(_froms[layer]);

    /// <summary>validTo ranks per tie of the layer (empty when the list is not timed).</summary>
    public ReadOnlySpan<int> Tos(int layer) => CollectionsMarshal.AsSpan(_tos[layer]);

    /// <summary>Replaces the provisional date ids given while reading by their ranks (<paramref name="rankOf"/>[id]).</summary>
    internal void RemapDates(int[] rankOf)
    {
        foreach (var list in _froms.Concat(_tos))
        {
            var span = CollectionsMarshal.AsSpan(list);
            for (var i = 0; i < span.Length; i++) span[i] = rankOf[span[i]];
        }
    }

    private static List<int>[] NewLists(int count) => [.. Enumerable.Range(0, count).Select(_ => new List<int>())];
}
