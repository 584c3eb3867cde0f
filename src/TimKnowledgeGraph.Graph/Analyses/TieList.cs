namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>Ties read from the graph, as (source, target) actor indexes grouped by layer index; grows as it is read.</summary>
public sealed class TieList(int layerCount)
{
    private readonly List<int>[] _sources = [.. Enumerable.Range(0, layerCount).Select(_ => new List<int>())];
    private readonly List<int>[] _targets = [.. Enumerable.Range(0, layerCount).Select(_ => new List<int>())];

    public long Count { get; private set; }

    public void Add(int source, int target, int layer)
    {
        _sources[layer].Add(source);
        _targets[layer].Add(target);
        Count++;
    }

    public ReadOnlySpan<int> Sources(int layer) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_sources[layer]);

    public ReadOnlySpan<int> Targets(int layer) => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_targets[layer]);
}
