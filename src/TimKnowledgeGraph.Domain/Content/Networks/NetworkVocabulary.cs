using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// The words network data is described with, and how each is checked, in one place for content validation and
/// <c>timkg import</c>. Actor kinds and layer natures are open vocabularies: the field keeps meeting new ones (families,
/// trade, political ties), so an unknown one is a warning (TKG035) naming the known values, and it is stored as written.
/// Scale and formality stay closed (TKG012): the typology reads scale as an override, and a typo there would silently
/// change a region's type. Only <c>nature</c> is required of a layer; where a tie runs comes from its ends' regions.
/// </summary>
public static class NetworkVocabulary
{
    /// <summary>Known actor kinds.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["person", "firm", "university", "agency", "association"];

    /// <summary>Known layer natures (what the analyses' defaults name: economic; social, kinship, cultural as social).</summary>
    public static readonly IReadOnlyList<string> Natures = ["economic", "social", "epistemic", "kinship", "cultural"];

    /// <summary>Allowed layer scales (optional; an override of the geography the data gives).</summary>
    public static readonly IReadOnlyList<string> Scales = ["regional", "national", "global"];

    /// <summary>Allowed layer formalities (optional).</summary>
    public static readonly IReadOnlyList<string> Formalities = ["formal", "informal"];

    /// <summary>Allowed values of a layer's <c>directed</c> (optional; absent means false).</summary>
    public static readonly IReadOnlyList<string> Directions = ["true", "false"];

    /// <summary>Checks a layer's nature (required, open), scale, formality and directed (optional, closed).</summary>
    public static void CheckLayer(LayerDeclaration layer, IDiagnosticSink sink)
    {
        if (layer.Nature is null)
        {
            sink.Report(Diagnostic.Error(layer.At, DiagnosticCodes.MissingRequired,
                $"layer '{layer.Id.Value}' has no 'nature', which is required (e.g. {string.Join(", ", Natures)})"));
        }
        else
        {
            CheckOpen(layer.Nature.Value, layer.Nature.At, "layer nature", Natures, sink);
        }
        CheckClosed(layer.Scale, "scale", Scales, sink);
        CheckClosed(layer.Formality, "formality", Formalities, sink);
        // A typo here (`directed: yes`, `ture`) would silently measure the layer undirected: an error, not a guess.
        CheckClosed(layer.Directed, "directed", Directions, sink);
        // An actor's `layers` (CSV, GraphML) and GEXF's layer lists are ';'-separated: such a layer could not be named there.
        if (layer.Id.Value.Contains(';', StringComparison.Ordinal))
        {
            sink.Report(Diagnostic.Error(layer.Id.At, DiagnosticCodes.WrongType,
                $"layer id '{layer.Id.Value}' holds ';', which separates the layers of an actor's 'layers'; expected an id without ';' (e.g. '{layer.Id.Value.Replace(';', '-')}')"));
        }
    }

    /// <summary>
    /// Checks an actor's kind (optional, open). An unknown kind is reported at its first actor only: a dataset of ten
    /// thousand families says so once. <paramref name="reportedKinds"/> holds the kinds reported so far in the dataset.
    /// </summary>
    public static void CheckActor(ActorRow actor, ISet<string> reportedKinds, IDiagnosticSink sink)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(reportedKinds);
        if (actor.Kind is { } kind && !Kinds.Contains(kind) && reportedKinds.Add(kind))
            CheckOpen(kind, actor.LocationOf("kind"), "actor kind", Kinds, sink, " (reported at its first actor only)");
    }

    private static void CheckOpen(string value, SourceLocation at, string what, IReadOnlyList<string> known, IDiagnosticSink sink, string once = "")
    {
        if (known.Contains(value)) return;
        sink.Report(Diagnostic.Warning(at, DiagnosticCodes.UnknownVocabulary,
            $"{what} '{EchoedValue.Of(value)}' is not one of the known values ({string.Join(", ", known)}); it is kept as written{once}",
            EditDistance.Hint(value, known)));
    }

    private static void CheckClosed(Scalar? value, string key, IReadOnlyList<string> allowed, IDiagnosticSink sink)
    {
        if (value is null || allowed.Contains(value.Value)) return;
        sink.Report(Diagnostic.Error(value.At, DiagnosticCodes.BadEnumValue,
            $"{key} '{EchoedValue.Of(value.Value)}' is not allowed; expected one of: {string.Join(", ", allowed)}",
            EditDistance.Hint(value.Value, allowed)));
    }
}
