using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// The regions of a dataset: those dataset.md declares under <c>regions:</c>, then those only the data names (an actor's
/// <c>region</c>), in the order actors first name them. A region the data names is a region like any other, without a
/// name: the data already says where each actor is, so a dataset.md need not list its regions again. When dataset.md
/// does declare regions, each one the data adds is reported once, as warning TKG032 with the nearest declared id, in
/// case it is a typo.
/// </summary>
public sealed class RegionsFromData
{
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly List<RegionDeclaration> _all = [];
    private readonly List<string> _declared;

    /// <summary>Starts from the regions <paramref name="description"/> declares.</summary>
    public RegionsFromData(DatasetDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        foreach (var region in description.Regions)
            if (_positions.TryAdd(region.Id.Value, _all.Count)) _all.Add(region);
        _declared = [.. _positions.Keys];
    }

    /// <summary>Every region, one per id: the declared ones, then those from the data.</summary>
    public IReadOnlyList<RegionDeclaration> All => _all;

    /// <summary>The position in <see cref="All"/> of the actor's region (added at its first mention), or -1 when it has none.</summary>
    public int Locate(ActorRow actor, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Region is not { } region) return -1;
        if (_positions.TryGetValue(region, out var known)) return known;
        var at = actor.LocationOf("region");
        if (_declared.Count > 0)
        {
            sink.Report(Diagnostic.Warning(at, DiagnosticCodes.UndeclaredRegion,
                $"actor '{actor.Id}' is in region '{region}', which dataset.md does not declare under 'regions'; " +
                "it is taken from the data as a region without a name (reported once per region)",
                EditDistance.Hint(region, _declared)));
        }
        _positions[region] = _all.Count;
        _all.Add(new RegionDeclaration(new Scalar(region, at), null, at) { FromData = true });
        return _all.Count - 1;
    }

    /// <summary>
    /// <paramref name="description"/> with the regions <paramref name="actors"/> name and it does not declare added
    /// after its own (which stay as written, repeats included, for validation to report).
    /// </summary>
    public static DatasetDescription Complete(DatasetDescription description, IEnumerable<ActorRow> actors, IDiagnosticSink sink)
    {
        var regions = new RegionsFromData(description);
        foreach (var actor in actors) regions.Locate(actor, sink);
        return description with { Regions = [.. description.Regions, .. regions.All.Where(r => r.FromData)] };
    }
}
