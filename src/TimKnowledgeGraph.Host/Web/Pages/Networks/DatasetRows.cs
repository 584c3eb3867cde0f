using System.Globalization;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

// The dataset page's analysis tables as typed rows bound by column name (checked at start-up against each query's
// @returns by RowBinder.CheckAll), so a renamed column fails at start-up rather than on a page. Where the computed route
// (DynamicsService) answers instead of the named query, its record is turned into the same row by explicit code.

/// <summary>One layer of the dataset with its sizes (<c>web-layers</c>): <see cref="Id"/> the full id, <see cref="Layer"/> its id within the dataset.</summary>
[QueryRow("web-layers")]
internal sealed record LayerRow(
    string? Id, string? Layer, string? Name, string? Scale, string? Nature, string? Formality,
    string? ConceptId, string? ConceptName, long Actors, long Ties);

/// <summary>Which of the two overlaps of a pair of layers a heat map shades.</summary>
internal enum OverlapOf
{
    /// <summary>Actor sets.</summary>
    Actors,

    /// <summary>Ties as undirected actor pairs.</summary>
    Ties,
}

/// <summary>One unordered pair of layers (<c>layer-overlap</c>, or the computed route's <see cref="LayerOverlapRow"/>).</summary>
[QueryRow("layer-overlap")]
internal sealed record OverlapRow(
    string? LayerA, string? LayerB, long ActorsBoth, long ActorsEither, double ActorJaccard,
    long PairsBoth, long PairsEither, double TieJaccard)
{
    /// <summary>The computed route's row, column for column.</summary>
    public static OverlapRow From(LayerOverlapRow row) =>
        new(row.LayerA, row.LayerB, row.ActorsBoth, row.ActorsEither, row.ActorJaccard, row.PairsBoth, row.PairsEither, row.TieJaccard);

    /// <summary>The Jaccard index of <paramref name="of"/>.</summary>
    public double Jaccard(OverlapOf of) => of == OverlapOf.Actors ? ActorJaccard : TieJaccard;

    /// <summary>How many actors (or pairs) the two layers share.</summary>
    public long Both(OverlapOf of) => of == OverlapOf.Actors ? ActorsBoth : PairsBoth;

    /// <summary>How many actors (or pairs) either layer has.</summary>
    public long Either(OverlapOf of) => of == OverlapOf.Actors ? ActorsEither : PairsEither;
}

/// <summary>One actor's layers and participation coefficient (<c>multiplex-participation</c>, or the computed route's <see cref="MultiplexParticipationRow"/>).</summary>
[QueryRow("multiplex-participation")]
internal sealed record ParticipationRow(
    string? ActorId, string? ActorName, string? Kind, long LayersParticipated, long LayersActive, long OverlappingDegree, double Participation)
{
    /// <summary>The computed route's row (<see cref="MultiplexParticipation"/>), column for column.</summary>
    public static ParticipationRow From(MultiplexParticipationRow row) =>
        new(row.ActorId, row.ActorName, row.Kind, row.LayersParticipated, row.LayersActive, row.OverlappingDegree, row.Participation);
}

/// <summary>One cross-layer broker (<c>brokers</c>, or the computed route's <see cref="CrossLayerBrokerRow"/>): its kinds of layer and the bridges between them (<c>a|b</c>).</summary>
[QueryRow("brokers")]
internal sealed record BrokerRow(string? ActorId, string? ActorName, long ClassCount, IReadOnlyList<string> Bridges, long BrokeredPairs)
{
    /// <summary>The computed route's row (<see cref="CrossLayerBrokers"/>), column for column.</summary>
    public static BrokerRow From(CrossLayerBrokerRow row) =>
        new(row.ActorId, row.ActorName, row.ClassCount, [.. row.Bridges.Select(b => b ?? "")], row.BrokeredPairs);
}

/// <summary>How the dataset pages print the analyses' figures.</summary>
internal static class Figures
{
    /// <summary>A number for reading (invariant culture); "–" where there is none (a blank cell read as missing data).</summary>
    public static string Num(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? Undefined;

    /// <summary>What a cell shows for a figure that is not defined there; each table's text says why.</summary>
    public const string Undefined = "–";
}
