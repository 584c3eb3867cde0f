using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// What a dataset id may be, for content validation and <c>timkg import</c> alike. It prefixes the ids of the dataset's
/// actors and layers (<c>&lt;dataset&gt;/&lt;local id&gt;</c>, <see cref="Ids"/>), and local ids may hold a <c>/</c>; so a
/// dataset id may not: dataset <c>x</c> with actor <c>y/z</c> and dataset <c>x/y</c> with actor <c>z</c> would both make
/// actor <c>x/y/z</c>, one node, without a word. With no <c>/</c> in dataset ids, the first <c>/</c> of a derived id
/// splits it unambiguously.
/// </summary>
public static class DatasetIdRule
{
    /// <summary>Reports a dataset id that holds a <c>/</c>, at the id; false when it does.</summary>
    public static bool Check(DatasetDescription description, IDiagnosticSink sink)
    {
        var id = description.Id;
        if (!id.Contains('/', StringComparison.Ordinal)) return true;
        sink.Report(Diagnostic.Error(description.IdAt, DiagnosticCodes.WrongType,
            $"dataset id '{id}' contains a '/'; expected an id without one (e.g. '{id.Replace('/', '-')}'): the ids of its actors " +
            "and layers are '<dataset>/<local id>', and a '/' in the dataset part would let two datasets' actors become one"));
        return false;
    }
}
