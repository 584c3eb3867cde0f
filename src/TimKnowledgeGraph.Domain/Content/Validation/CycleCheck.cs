using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>
/// Finds cycles in DERIVED_FROM (among concepts, and among propositions), IS_A, MEMBER_OF and SPECIALISES (lineage and critique hierarchies must be acyclic for
/// the inheritance queries to mean anything), and cycles among concepts that mix DERIVED_FROM, IS_A and MEMBER_OF
/// (the lineage and the inherited critiques follow all three: a concept would be its own ancestor). Each cycle is
/// reported once, at the link leaving its smallest id; a mixed one only when its shortest loop is not of one type.
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
        var lineage = concepts.SelectMany(c =>
            c.DerivedFrom.Select(l => new Link(c.Id, l.Target, GraphSchema.DerivedFrom))
                .Concat(c.IsA.Select(l => new Link(c.Id, l.Target, GraphSchema.IsA)))
                .Concat(c.MemberOf.Select(l => new Link(c.Id, l.Target, GraphSchema.MemberOf))));
        foreach (var loop in Cycles(lineage, index, GraphSchema.Concept).Where(loop => loop.Select(l => l.Type).Distinct().Count() > 1))
        {
            var path = string.Concat(loop.Select(l => $"{l.From} -{l.Type}-> ")) + loop[0].From;
            sink.Report(Diagnostic.Error(loop[0].To.At, DiagnosticCodes.Cycle,
                $"lineage cycle: {path}; expected DERIVED_FROM, IS_A and MEMBER_OF links together to form no loop (a concept would be its own ancestor)"));
        }
    }

    private readonly record struct Link(string From, Scalar To, string Type);

    private static void Check(string type, IEnumerable<(string From, Scalar To)> links, IdIndex index, string label, IDiagnosticSink sink)
    {
        foreach (var loop in Cycles(links.Select(l => new Link(l.From, l.To, type)), index, label))
        {
            var path = string.Join(" -> ", loop.Select(l => l.From).Append(loop[0].From));
            sink.Report(Diagnostic.Error(loop[0].To.At, DiagnosticCodes.Cycle, $"{type} cycle: {path}; expected {type} links to form no loop"));
        }
    }

    // One shortest loop per strongly connected component, as the links that make it, starting at the component's smallest id.
    private static IEnumerable<List<Link>> Cycles(IEnumerable<Link> links, IdIndex index, string label)
    {
        // Only links between existing nodes of the right label: broken ones are reported elsewhere.
        var edges = new Dictionary<string, List<Link>>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            if (index.Get(link.To.Value)?.Label != label || index.Get(link.From)?.Label != label) continue;
            if (!edges.TryGetValue(link.From, out var list)) edges[link.From] = list = [];
            list.Add(link);
        }

        foreach (var component in StronglyConnected(edges))
        {
            var start = component.Min(StringComparer.Ordinal)!;
            if ((edges.GetValueOrDefault(start) ?? []).Where(l => l.To.Value == start).Take(1).ToList() is [var self]) yield return [self];
            else if (component.Count > 1) yield return ShortestCycle(start, component, edges);
        }
    }

    // Breadth-first from start back to start inside the component: the shortest loop is the easiest to read.
    private static List<Link> ShortestCycle(string start, HashSet<string> component, Dictionary<string, List<Link>> edges)
    {
        var reachedBy = new Dictionary<string, Link>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var link in edges.GetValueOrDefault(node) ?? [])
            {
                var next = link.To.Value;
                if (!component.Contains(next)) continue;
                if (next == start)
                {
                    var loop = new List<Link> { link };
                    for (var at = node; at != start; at = reachedBy[at].From) loop.Insert(0, reachedBy[at]);
                    return loop;
                }
                if (reachedBy.TryAdd(next, link)) queue.Enqueue(next);
            }
        }
        throw new InvalidOperationException("a strongly connected component of several nodes has a loop through each of them");
    }

    // Tarjan's algorithm, with an explicit stack: a chain of tens of thousands of notes must not overflow the call stack.
    private static List<HashSet<string>> StronglyConnected(Dictionary<string, List<Link>> edges)
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
                    var target = targets[next].To.Value;
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
