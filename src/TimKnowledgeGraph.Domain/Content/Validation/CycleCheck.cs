using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>
/// Finds cycles in DERIVED_FROM (among concepts, and among propositions), IS_A, MEMBER_OF and SPECIALISES (lineage and critique hierarchies must be acyclic for
/// the inheritance queries to mean anything). Each cycle is reported once, at the link leaving its smallest id.
/// </summary>
internal static class CycleCheck
{
    /// <summary>Checks the three hierarchies.</summary>
    public static void Run(ContentCorpus corpus, IdIndex index, IDiagnosticSink sink)
    {
        var concepts = corpus.Notes.OfType<ConceptNote>().ToList();
        var propositions = corpus.Notes.OfType<PropositionNote>().ToList();
        Check(GraphSchema.DerivedFrom, concepts.SelectMany(c => c.DerivedFrom.Select(l => (c.Id, l.Target))), index, GraphSchema.Concept, sink);
        Check(GraphSchema.DerivedFrom, propositions.SelectMany(p => p.DerivedFrom.Select(l => (p.Id, l.Target))), index, GraphSchema.Proposition, sink);
        Check(GraphSchema.IsA, concepts.SelectMany(c => c.IsA.Select(l => (c.Id, l.Target))), index, GraphSchema.Concept, sink);
        Check(GraphSchema.MemberOf, concepts.SelectMany(c => c.MemberOf.Select(l => (c.Id, l.Target))), index, GraphSchema.Concept, sink);
        Check(GraphSchema.Specialises, corpus.Notes.OfType<CritiqueNote>().SelectMany(c => c.Specialises.Select(l => (c.Id, l.Target))), index, GraphSchema.Critique, sink);
    }

    private static void Check(string type, IEnumerable<(string From, Scalar To)> links, IdIndex index, string label, IDiagnosticSink sink)
    {
        // Only links between existing nodes of the right label: broken ones are reported elsewhere.
        var edges = new Dictionary<string, List<Scalar>>(StringComparer.Ordinal);
        foreach (var (from, to) in links)
        {
            if (index.Get(to.Value)?.Label != label || index.Get(from)?.Label != label) continue;
            if (!edges.TryGetValue(from, out var list)) edges[from] = list = [];
            list.Add(to);
        }

        foreach (var component in StronglyConnected(edges))
        {
            var start = component.Min(StringComparer.Ordinal)!;
            var selfLoop = edges.GetValueOrDefault(start)?.Any(t => t.Value == start) == true;
            if (component.Count == 1 && !selfLoop) continue;
            var path = selfLoop ? [start, start] : ShortestCycle(start, component, edges);
            var first = edges[start].First(t => t.Value == path[1]);
            sink.Report(Diagnostic.Error(first.At, DiagnosticCodes.Cycle,
                $"{type} cycle: {string.Join(" -> ", path)}; expected {type} links to form no loop"));
        }
    }

    // Breadth-first from start back to start inside the component: the shortest loop is the easiest to read.
    private static List<string> ShortestCycle(string start, HashSet<string> component, Dictionary<string, List<Scalar>> edges)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (!component.Contains(next.Value)) continue;
                if (next.Value == start)
                {
                    var path = new List<string> { start };
                    for (var at = node; at != start; at = previous[at]) path.Insert(1, at);
                    path.Add(start);
                    return path;
                }
                if (previous.TryAdd(next.Value, node)) queue.Enqueue(next.Value);
            }
        }
        return [start, start];
    }

    // Tarjan's algorithm, with an explicit stack: a chain of tens of thousands of notes must not overflow the call stack.
    private static List<HashSet<string>> StronglyConnected(Dictionary<string, List<Scalar>> edges)
    {
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<HashSet<string>>();
        var counter = 0;
        // Each frame is a node being visited and the index of its next outgoing link to follow.
        var work = new Stack<(string Node, int Next)>();

        void Enter(string node)
        {
            indexOf[node] = low[node] = counter++;
            stack.Push(node);
            onStack.Add(node);
            work.Push((node, 0));
        }

        foreach (var root in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (indexOf.ContainsKey(root)) continue;
            Enter(root);
            while (work.Count > 0)
            {
                var (node, next) = work.Pop();
                var targets = edges.GetValueOrDefault(node) ?? [];
                if (next < targets.Count)
                {
                    work.Push((node, next + 1));
                    var target = targets[next].Value;
                    if (!indexOf.ContainsKey(target)) Enter(target);
                    else if (onStack.Contains(target)) low[node] = Math.Min(low[node], indexOf[target]);
                    continue;
                }
                // All links followed: the node's low link is final; pass it to the node that reached it.
                if (work.Count > 0) low[work.Peek().Node] = Math.Min(low[work.Peek().Node], low[node]);
                if (low[node] != indexOf[node]) continue;
                var component = new HashSet<string>(StringComparer.Ordinal);
                string member;
                do { member = stack.Pop(); onStack.Remove(member); component.Add(member); } while (member != node);
                components.Add(component);
            }
        }
        return components;
    }
}
