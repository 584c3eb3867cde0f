using System.Runtime.InteropServices;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Content.Mapping;

/// <summary>
/// Puts fragments together into one graph: of several nodes (or relationships) with one identity, the first in
/// fragment order is kept. Set it to the fragments of each load in turn; when most fragments are the ones it holds
/// already (the same objects, e.g. from a cache), it only looks at what the others add and take away, so one file's
/// edit costs about that file's elements and not the whole graph's.
/// </summary>
internal sealed class GraphBuilder
{
    private readonly Union<NodeRef, GraphNode> _nodes =
        new(f => f.Nodes, n => new NodeRef(n.Label, n.Id), GraphOrder.Compare);

    private readonly Union<(string, NodeRef, NodeRef, string), GraphRelationship> _relationships =
        new(f => f.Relationships, r => (r.Type, r.From, r.To, r.Key), GraphOrder.Compare);

    private List<GraphFragment> _fragments = [];

    /// <summary>Makes the graph the union of <paramref name="fragments"/>, in this order.</summary>
    public void Set(IReadOnlyList<GraphFragment> fragments)
    {
        ArgumentNullException.ThrowIfNull(fragments);
        var position = new Dictionary<GraphFragment, int>(fragments.Count);
        foreach (var fragment in fragments)
            if (!position.TryAdd(fragment, position.Count)) throw new ArgumentException("A fragment is listed twice.", nameof(fragments));

        // Fragments kept from before keep their order (each stands for the same file); should they not, start afresh.
        var kept = _fragments.Where(position.ContainsKey).Select(f => position[f]).ToList();
        if (kept.Zip(kept.Skip(1)).Any(p => p.First > p.Second))
        {
            _nodes.Clear();
            _relationships.Clear();
            _fragments = [];
        }
        var removed = _fragments.Where(f => !position.ContainsKey(f)).ToHashSet();
        var before = _fragments.ToHashSet();
        var added = fragments.Where(f => !before.Contains(f)).ToHashSet();
        if (removed.Count == 0 && added.Count == 0) return;
        _nodes.Update(removed, added, fragments, position);
        _relationships.Update(removed, added, fragments, position);
        _fragments = [.. fragments];
    }

    /// <summary>Nodes in <see cref="GraphOrder"/>.</summary>
    public IReadOnlyList<GraphNode> Nodes() => _nodes.Sorted();

    /// <summary>Relationships in <see cref="GraphOrder"/>.</summary>
    public IReadOnlyList<GraphRelationship> Relationships() => _relationships.Sorted();

    /// <summary>
    /// The first-wins union of one kind of element. For each identity it keeps the winner (the first occurrence in
    /// fragment order), the fragment it came from and how many occurrences all fragments have, plus the winners sorted.
    /// </summary>
    private sealed class Union<TKey, T>(
        Func<GraphFragment, IReadOnlyList<T>> elementsOf, Func<T, TKey> keyOf, Comparison<T> order)
        where TKey : notnull
        where T : class
    {
        private readonly Dictionary<TKey, Entry> _entries = [];
        private readonly List<T> _sorted = [];

        public IReadOnlyList<T> Sorted() => [.. _sorted];

        public void Clear()
        {
            _entries.Clear();
            _sorted.Clear();
        }

        /// <summary>Takes the occurrences of <paramref name="removed"/> away and adds those of <paramref name="added"/>; <paramref name="all"/> is the new order.</summary>
        public void Update(HashSet<GraphFragment> removed, HashSet<GraphFragment> added, IReadOnlyList<GraphFragment> all,
            Dictionary<GraphFragment, int> position)
        {
            if (_entries.Count == 0)
            {
                Fill(all);
                return;
            }

            // Identities whose winner's fragment goes, and every identity an added fragment has, are decided again.
            var touched = new HashSet<TKey>();
            foreach (var fragment in removed)
            {
                foreach (var element in elementsOf(fragment))
                {
                    var key = keyOf(element);
                    var entry = _entries[key];
                    entry.Count--;
                    if (ReferenceEquals(entry.From, fragment)) touched.Add(key);
                }
            }
            foreach (var fragment in added)
                foreach (var element in elementsOf(fragment))
                    touched.Add(keyOf(element));

            // Each touched identity's winner is its first occurrence in fragment order. Among the kept fragments that is
            // the old winner if its fragment stays (kept fragments keep their order), else it is searched for; an
            // earlier occurrence in an added fragment beats it.
            var winners = new Dictionary<TKey, (T Element, GraphFragment From, int At)>();
            var search = new HashSet<TKey>();
            foreach (var key in touched)
            {
                if (!_entries.TryGetValue(key, out var entry) || entry.Count == 0) continue;
                if (removed.Contains(entry.From!)) search.Add(key);
                else winners[key] = (entry.Winner!, entry.From!, position[entry.From!]);
            }
            for (var at = 0; at < all.Count; at++)
            {
                var fragment = all[at];
                var isAdded = added.Contains(fragment);
                if (!isAdded && search.Count == 0) continue;
                foreach (var element in elementsOf(fragment))
                {
                    var key = keyOf(element);
                    if (isAdded) (CollectionsMarshal.GetValueRefOrAddDefault(_entries, key, out _) ??= new Entry()).Count++;
                    else if (!search.Remove(key)) continue;
                    if (!winners.TryGetValue(key, out var best) || at < best.At) winners[key] = (element, fragment, at);
                }
            }

            var changes = new List<(T? Before, T? After)>();
            foreach (var key in touched)
            {
                var entry = _entries[key];
                if (winners.TryGetValue(key, out var winner))
                {
                    if (!ReferenceEquals(entry.Winner, winner.Element)) changes.Add((entry.Winner, winner.Element));
                    (entry.Winner, entry.From) = (winner.Element, winner.From);
                }
                else
                {
                    changes.Add((entry.Winner, null));
                    _entries.Remove(key);
                }
            }
            Apply(changes);
        }

        // From nothing: the first occurrence of each identity wins.
        private void Fill(IReadOnlyList<GraphFragment> all)
        {
            foreach (var fragment in all)
            {
                foreach (var element in elementsOf(fragment))
                {
                    ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries, keyOf(element), out var exists);
                    if (!exists) entry = new Entry { Winner = element, From = fragment };
                    entry!.Count++;
                }
            }
            SortAgain();
        }

        // Keeps _sorted the sorted winners: a few changes are placed by binary search, many mean sorting again.
        private void Apply(List<(T? Before, T? After)> changes)
        {
            if (changes.Count > Math.Min(1000, _sorted.Count / 8))
            {
                SortAgain();
                return;
            }
            var comparer = Comparer<T>.Create(order);
            foreach (var (before, after) in changes)
            {
                if (before is null)
                {
                    _sorted.Insert(~_sorted.BinarySearch(after!, comparer), after!);
                    continue;
                }
                var at = _sorted.BinarySearch(before, comparer);
                if (after is null) _sorted.RemoveAt(at);
                else _sorted[at] = after; // same identity, same place
            }
        }

        private void SortAgain()
        {
            _sorted.Clear();
            _sorted.AddRange(_entries.Values.Select(e => e.Winner!));
            _sorted.Sort(order);
        }

        private sealed class Entry
        {
            public T? Winner;
            public GraphFragment? From;
            public int Count;
        }
    }
}
