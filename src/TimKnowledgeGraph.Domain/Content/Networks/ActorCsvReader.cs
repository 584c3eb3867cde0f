using CsvHelper;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// Streams <c>actors.csv</c> (<c>id,name,kind,region,layers</c>; <c>label</c>, as Gephi writes it, when there is no name) as
/// <see cref="ActorRow"/>s in constant memory.
/// Only the syntax and the required id are checked here; kinds, regions and layers are checked by validation.
/// </summary>
public static class ActorCsvReader
{
    private static readonly IReadOnlyList<string> Required = ["id"];

    /// <summary>Reads actors from text; rows are produced as the caller enumerates.</summary>
    public static IEnumerable<ActorRow> Read(TextReader text, string file, IDiagnosticSink sink) =>
        CsvRowReader.Read(text, file, sink, ActorRow.Columns, Required, (csv, header, at) => Convert(csv, header, at, sink));

    /// <summary>Reads actors from a UTF-8 stream asynchronously (the stream is left open).</summary>
    public static IAsyncEnumerable<ActorRow> ReadAsync(Stream utf8, string file, IDiagnosticSink sink, CancellationToken cancellationToken = default) =>
        CsvRowReader.ReadAsync(utf8, file, sink, ActorRow.Columns, Required, (csv, header, at) => Convert(csv, header, at, sink), cancellationToken);

    private static ActorRow? Convert(CsvReader csv, CsvRowReader.Header header, SourceLocation at, IDiagnosticSink sink)
    {
        var id = CsvRowReader.Field(csv, header, "id");
        if (id is null)
        {
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MissingRequired, "actor row has no 'id', which is required"));
            return null;
        }
        var layers = CsvRowReader.Field(csv, header, "layers")?
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];
        return new ActorRow(id, CsvRowReader.Field(csv, header, "name") ?? CsvRowReader.Field(csv, header, "label"), CsvRowReader.Field(csv, header, "kind"),
            CsvRowReader.Field(csv, header, "region"), layers, at)
        {
            FieldLocations = CsvRowReader.FieldLocations(csv, header, at),
            Time = new NetworkTimeText(CsvRowReader.Field(csv, header, "from"), CsvRowReader.Field(csv, header, "to"), CsvRowReader.Field(csv, header, "wave")),
        };
    }
}
