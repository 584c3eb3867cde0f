using System.Globalization;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Host.Web.Data;
using TimKnowledgeGraph.Host.Web.Data.Rows;
using TimKnowledgeGraph.Host.Web.Graph;

namespace TimKnowledgeGraph.Host.Web.Pages.Concepts;

/// <summary>
/// A concept's lineage on the one time axis (<see cref="TimelineView"/>): the concept, what it grew out of and what grew
/// out of it, each at the year it was introduced (the years the lineage graph ranks by). Nodes no work dates are
/// listed at the end, under "year not given", rather than placed at a guessed year; works (references) in the lineage
/// stand at their year of publication, named author–year.
/// </summary>
internal static class LineageTimeline
{
    /// <summary>The marks, one per year in order, each naming the concepts introduced that year.</summary>
    public static TimelineView Of(ConceptNode concept, IReadOnlyList<LineageRow> lineage, Bibliography works, IReadOnlyDictionary<string, long>? ownYears = null)
    {
        var centre = concept.Id!;
        var steps = LineageGraph.Steps(lineage);
        var years = LineageGraph.Years(concept, steps, ownYears);
        var nodes = new Dictionary<string, (string Name, string? Label, string Side)>(StringComparer.Ordinal)
        {
            [centre] = (concept.Name ?? centre, GraphSchema.Concept, "centre"),
        };
        foreach (var step in steps)
        {
            var side = step.Direction!;
            nodes.TryAdd(step.FromId!, (step.FromName ?? step.FromId!, step.FromLabel, side));
            nodes.TryAdd(step.ToId!, (step.ToName ?? step.ToId!, step.ToLabel, side));
        }

        // A work in the lineage (a concept motivated by it, say) is dated by its own year and named as it is cited.
        foreach (var (id, node) in nodes.Where(n => n.Value.Label == GraphSchema.Reference).ToList())
        {
            if (works.Get(id) is not { } work) continue;
            nodes[id] = node with { Name = works.Label(id).Plain };
            if (work.Year is { } year) years.TryAdd(id, year);
        }

        TimelineLabel Label(KeyValuePair<string, (string Name, string? Label, string Side)> n) =>
            new(n.Value.Name, PageLinks.For(n.Value.Label ?? GraphSchema.Concept, n.Key), n.Value.Side);

        var dated = nodes.Where(n => years.ContainsKey(n.Key)).GroupBy(n => years[n.Key]).OrderBy(g => g.Key)
            .Select(g => new TimelineMark(g.Key.ToString(CultureInfo.InvariantCulture), Current: g.Any(n => n.Key == centre),
                Labels: [.. g.OrderBy(n => n.Value.Name, StringComparer.Ordinal).Select(Label)]));
        var undated = nodes.Where(n => !years.ContainsKey(n.Key)).OrderBy(n => n.Value.Name, StringComparer.Ordinal).Select(Label).ToList();
        return new TimelineView($"Lineage of {nodes[centre].Name} by year of introduction",
            [.. dated, .. undated.Count > 0 ? [new TimelineMark("year not given", Labels: undated, Id: "undated")] : Array.Empty<TimelineMark>()],
            "The year each was introduced, as the works that introduced it say (↑ grew out of, ↓ grew out of it); the graph above draws the same steps.",
            "lineage");
    }
}
