using System.Globalization;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;

namespace TimKnowledgeGraph.Host.Web.Graph;

/// <summary>
/// A concept's lineage as a directed acyclic graph for a layered (dagre) drawing: every edge points from the origin
/// to what grew out of it, so ancestors come above the concept and descendants below. Nodes carry the year they were
/// introduced where a work says so, which graph.js uses to rank them in time.
/// </summary>
internal static class LineageGraph
{
    /// <summary>
    /// Builds the elements from the concept's properties and its <c>lineage</c> rows (ancestor and descendant steps); a
    /// work is captioned as <paramref name="works"/> cites it ("Piore and Sabel (1984)") and ranked at its year.
    /// </summary>
    public static GraphElements Build(ConceptNode concept, IReadOnlyList<LineageRow> lineage, Bibliography works)
    {
        var centre = concept.Id!;
        var steps = Steps(lineage);
        var years = Years(concept, steps);
        foreach (var step in steps)
            foreach (var (id, label) in new[] { (step.FromId!, step.FromLabel), (step.ToId!, step.ToLabel) })
                if (label == GraphSchema.Reference && works.Get(id)?.Year is { } year) years.TryAdd(id, year);
        string Caption(string id, string? name, string? label) =>
            label == GraphSchema.Reference && works.Get(id) is not null ? works.Label(id).Plain : name ?? id;

        var nodes = new Dictionary<string, GraphElement>(StringComparer.Ordinal)
        {
            [centre] = Node(centre, concept.Name ?? centre, GraphSchema.Concept, "centre", years),
        };
        var edges = new Dictionary<string, GraphElement>(StringComparer.Ordinal);
        foreach (var step in steps)
        {
            var (from, to) = (step.FromId!, step.ToId!);
            var side = step.Direction!;
            nodes.TryAdd(from, Node(from, Caption(from, step.FromName, step.FromLabel), step.FromLabel, side, years));
            nodes.TryAdd(to, Node(to, Caption(to, step.ToName, step.ToLabel), step.ToLabel, side, years));
            var relationship = step.Relationship;
            var id = $"{to}|{relationship}|{from}";
            // The same step can be reached along two paths; draw it once.
            edges.TryAdd(id, new GraphElement(new Dictionary<string, string?>
            {
                ["id"] = id,
                ["source"] = to,
                ["target"] = from,
                ["label"] = relationship,
            }));
        }
        return new GraphElements([.. nodes.Values], [.. edges.Values]);
    }

    /// <summary>The ancestor and descendant steps that name both their ends.</summary>
    public static IReadOnlyList<LineageRow> Steps(IReadOnlyList<LineageRow> lineage) =>
        [.. lineage.Where(r => r.Direction is "ancestor" or "descendant" && r.FromId is not null && r.ToId is not null)];

    /// <summary>
    /// The year each node of the lineage was introduced: the concept's own <c>year</c>, else the earliest year a work
    /// introduced it in; origins only have one when they are also derived in a step. The graph's ranks and the lineage
    /// timeline both read it, so they agree.
    /// </summary>
    public static Dictionary<string, long> Years(ConceptNode concept, IReadOnlyList<LineageRow> steps)
    {
        var years = new Dictionary<string, long>(StringComparer.Ordinal);
        if (concept.Id is { } centre && concept.YearNumber is { } own) years[centre] = own;
        foreach (var step in steps)
        {
            var earliest = step.IntroducedIn.Select(i => i.YearNumber).Where(y => y is not null).Min();
            if (earliest is { } year && (!years.TryGetValue(step.FromId!, out var known) || year < known))
                years[step.FromId!] = year;
        }
        return years;
    }

    private static GraphElement Node(string id, string name, string? label, string side, Dictionary<string, long> years) => new(new Dictionary<string, string?>
    {
        ["id"] = id,
        ["label"] = name,
        ["kind"] = side == "centre" ? "Centre" : label,
        ["side"] = side,
        ["year"] = years.TryGetValue(id, out var year) ? year.ToString(CultureInfo.InvariantCulture) : null,
        ["href"] = PageLinks.For(label ?? GraphSchema.Concept, id),
    });
}
