using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>
/// Finds cycles in DERIVED_FROM (among concepts, and among propositions), IS_A, MEMBER_OF and SPECIALISES (lineage and critique hierarchies must be acyclic for
/// the inheritance queries to mean anything). Each cycle is reported once, at the link leaving its smallest id.
/// </summary>
public static class CycleCheck
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

    // Tarjan's algorithm (recursive: hierarchies in notes are shallow).
    private static List<HashSet<string>> StronglyConnected(Dictionary<string, List<Scalar>> edges)
    {
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<HashSet<string>>();
        var counter = 0;

        void Visit(string node)
        {
            indexOf[node] = low[node] = counter++;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (!indexOf.ContainsKey(next.Value)) { Visit(next.Value); low[node] = Math.Min(low[node], low[next.Value]); }
                else if (onStack.Contains(next.Value)) low[node] = Math.Min(low[node], indexOf[next.Value]);
            }
            if (low[node] != indexOf[node]) return;
            var component = new HashSet<string>(StringComparer.Ordinal);
            string member;
            do { member = stack.Pop(); onStack.Remove(member); component.Add(member); } while (member != node);
            components.Add(component);
        }

        foreach (var node in edges.Keys.Order(StringComparer.Ordinal))
            if (!indexOf.ContainsKey(node)) Visit(node);
        return components;
    }
}
