using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// What a dataset id may be, for content validation and <c>timkg import</c> alike. It prefixes the ids of the dataset's
/// actors and layers (<c>&lt;dataset&gt;/&lt;local id&gt;</c>, <see cref="Ids"/>), and local ids may hold a <c>/</c>; so a
/// dataset id may not: dataset <c>x</c> with actor <c>y/z</c> and dataset <c>x/y</c> with actor <c>z</c> would both make
/// actor <c>x/y/z</c>, one node, without a word. With no <c>/</c> in dataset ids, the first <c>/</c> of a derived id
/// splits it unambiguously. The dataset's, its layers' and its regions' ids are index keys, so each has a length limit
/// (<see cref="IdLimit"/>). A dataset has at most <see cref="ContentLimits.MaxLayersPerDataset"/> layers.
/// </summary>
public static class DatasetIdRule
{
    /// <summary>Reports a dataset id that is blank or holds a <c>/</c>, and an id of the description that is too long, each at the id.</summary>
    public static void Check(DatasetDescription description, IDiagnosticSink sink)
    {
        IdLimit.Check(description.Id, description.IdAt, "dataset id", sink);
        foreach (var layer in description.Layers) IdLimit.Check(layer.Id.Value, layer.Id.At, "layer id", sink);
        foreach (var region in description.Regions) IdLimit.Check(region.Id.Value, region.Id.At, "region id", sink);
        if (description.Layers.Count > ContentLimits.MaxLayersPerDataset)
            sink.Report(Diagnostic.Error(description.Layers[ContentLimits.MaxLayersPerDataset].Id.At, DiagnosticCodes.TooLarge,
                $"dataset '{description.Id}' declares {description.Layers.Count} layers; expected at most {ContentLimits.MaxLayersPerDataset} " +
                "(every pair of layers is compared, so their cost grows with the square of their number)"));
        var id = description.Id;
        // A GraphML file named just ".graphml" gets the id "" from its name: its actors would be '/<local id>'.
        if (string.IsNullOrWhiteSpace(id))
            sink.Report(Diagnostic.Error(description.IdAt, DiagnosticCodes.WrongType,
                $"dataset id '{id}' is blank; expected an id such as 'trade-2019' (for a .graphml file: give one with --id, or name the file after it)"));
        if (!id.Contains('/', StringComparison.Ordinal)) return;
        sink.Report(Diagnostic.Error(description.IdAt, DiagnosticCodes.WrongType,
            $"dataset id '{id}' contains a '/'; expected an id without one (e.g. '{id.Replace('/', '-')}'): the ids of its actors " +
            "and layers are '<dataset>/<local id>', and a '/' in the dataset part would let two datasets' actors become one"));
    }
}
