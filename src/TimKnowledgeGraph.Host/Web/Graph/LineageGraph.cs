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
    public static GraphElements Build(ConceptNode concept, IReadOnlyList<LineageRow> lineage, Bibliography works, IReadOnlyDictionary<string, long>? ownYears = null)
    {
        var centre = concept.Id!;
        var steps = Steps(lineage);
        var years = Years(concept, steps, ownYears);
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
    /// The year each node of the lineage was introduced: its own <c>year</c> (the concept's, and every other concept's
    /// in <paramref name="ownYears"/>: <c>web-concepts</c>), else the earliest year a work introduced it in; an origin
    /// without a year of its own has one only when it is also derived in a step. The graph's ranks and the lineage
    /// timeline both read it, so they agree. (Only the centre's own year was read: a concept in the lineage whose note
    /// says <c>year: 1987</c> was listed under "year not given".)
    /// </summary>
    public static Dictionary<string, long> Years(ConceptNode concept, IReadOnlyList<LineageRow> steps, IReadOnlyDictionary<string, long>? ownYears = null)
    {
        var years = new Dictionary<string, long>(StringComparer.Ordinal);
        if (concept.Id is { } centre && concept.YearNumber is { } own) years[centre] = own;
        if (ownYears is not null)
            foreach (var step in steps)
                foreach (var id in new[] { step.FromId!, step.ToId! })
                    if (!years.ContainsKey(id) && ownYears.TryGetValue(id, out var year)) years[id] = year;
        var stated = new HashSet<string>(years.Keys, StringComparer.Ordinal);
        foreach (var step in steps)
        {
            if (stated.Contains(step.FromId!)) continue;
            var earliest = step.IntroducedIn.Select(i => i.YearNumber).Where(y => y is not null).Min();
            if (earliest is { } year && (!years.TryGetValue(step.FromId!, out var known) || year < known))
                years[step.FromId!] = year;
        }
        return years;
    }

    /// <summary>The concepts' own years (<c>web-concepts</c> rows' <c>year</c>), by id.</summary>
    public static IReadOnlyDictionary<string, long> OwnYears(IEnumerable<(string? Id, string? Year)> concepts)
    {
        var years = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (id, year) in concepts)
            if (id is not null && long.TryParse(year, System.Globalization.NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) years[id] = value;
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
