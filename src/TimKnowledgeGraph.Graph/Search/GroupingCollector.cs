using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TimKnowledgeGraph.Graph.Search;

/// <summary>
/// Collects every hit once: counts per type (exact totals) and keeps the best <c>limit</c> of each type, reading the
/// type from a numeric doc value (no stored-field loads per hit, which is what keeps broad queries fast).
/// </summary>
internal sealed class GroupingCollector(int limit) : ICollector
{
    private readonly int[] _totals = new int[SearchFields.Types.Length];
    private readonly PriorityQueue<(int Doc, float Score), float>[] _best =
        [.. SearchFields.Types.Select(_ => new PriorityQueue<(int, float), float>())];
    private Scorer? _scorer;
    private NumericDocValues? _types;
    private int _docBase;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _docBase = context.DocBase;
        _types = context.AtomicReader.GetNumericDocValues(SearchFields.TypeOrdinal);
    }

    public void Collect(int doc)
    {
        var type = (int)(_types?.Get(doc) ?? SearchFields.Types.Length - 1);
        if ((uint)type >= (uint)_totals.Length) type = _totals.Length - 1;
        _totals[type]++;
        var score = _scorer!.GetScore();
        var best = _best[type];
        if (best.Count < limit) best.Enqueue((_docBase + doc, score), score);
        else if (best.TryPeek(out _, out var worst) && score > worst) best.EnqueueDequeue((_docBase + doc, score), score);
    }

    /// <summary>Hits of every type, as (type ordinal, total, best first).</summary>
    public IEnumerable<(int Type, int Total, List<(int Doc, float Score)> Best)> Groups()
    {
        for (var t = 0; t < _totals.Length; t++)
        {
            if (_totals[t] == 0) continue;
            var best = new List<(int Doc, float Score)>(_best[t].Count);
            while (_best[t].TryDequeue(out var hit, out _)) best.Add(hit);
            best.Reverse();
            yield return (t, _totals[t], best);
        }
    }

    public int Total => _totals.Sum();
}
