using CsvHelper;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// Streams <c>ties.csv</c> (<c>source,target,layer,resource,weight</c>) as <see cref="TieRow"/>s in constant memory,
/// for files of millions of ties. Only syntax and required fields are checked here.
/// </summary>
public static class TieCsvReader
{
    // A dataset of one layer needs no layer column: its ties are in that layer (soleLayer).
    private static IReadOnlyList<string> Required(string? soleLayer) => soleLayer is null ? ["source", "target", "layer"] : ["source", "target"];

    /// <summary>Reads ties from text; rows are produced as the caller enumerates.</summary>
    /// <param name="soleLayer">The layer of a row without one: the dataset's only layer (<see cref="DatasetDescription.SoleLayer"/>), or null.</param>
    public static IEnumerable<TieRow> Read(TextReader text, string file, IDiagnosticSink sink, string? soleLayer = null) =>
        CsvRowReader.Read(text, file, sink, TieRow.Columns, Required(soleLayer), (csv, header, at) => Convert(csv, header, at, sink, soleLayer));

    /// <summary>Reads ties from a UTF-8 stream asynchronously (the stream is left open).</summary>
    /// <param name="soleLayer">The layer of a row without one, as for <see cref="Read"/>.</param>
    public static IAsyncEnumerable<TieRow> ReadAsync(Stream utf8, string file, IDiagnosticSink sink, string? soleLayer = null, CancellationToken cancellationToken = default) =>
        CsvRowReader.ReadAsync(utf8, file, sink, TieRow.Columns, Required(soleLayer), (csv, header, at) => Convert(csv, header, at, sink, soleLayer), cancellationToken);

    private static TieRow? Convert(CsvReader csv, CsvRowReader.Header header, SourceLocation at, IDiagnosticSink sink, string? soleLayer)
    {
        var source = CsvRowReader.Field(csv, header, "source");
        var target = CsvRowReader.Field(csv, header, "target");
        var layer = CsvRowReader.Field(csv, header, "layer") ?? soleLayer;
        var locations = CsvRowReader.FieldLocations(csv, header, at);
        if (source is null || target is null || layer is null)
        {
            foreach (var (column, _) in new[] { ("source", source), ("target", target), ("layer", layer) }.Where(f => f.Item2 is null))
            {
                sink.Report(Diagnostic.Error(locations.GetValueOrDefault(column, at), DiagnosticCodes.MissingRequired,
                    $"tie row has no '{column}', which is required"));
            }
            return null;
        }
        return new TieRow(source!, target!, layer!, CsvRowReader.Field(csv, header, "resource"), CsvRowReader.Field(csv, header, "weight"), at)
        {
            FieldLocations = locations,
            Time = new NetworkTimeText(CsvRowReader.Field(csv, header, "from"), CsvRowReader.Field(csv, header, "to"), CsvRowReader.Field(csv, header, "wave")),
        };
    }
}
