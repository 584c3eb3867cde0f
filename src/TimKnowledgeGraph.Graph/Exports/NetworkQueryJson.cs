using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Networks;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// The answer to the named query <c>network</c> as the HTTP API gives it — <c>{"query": "network", "columns": [...],
/// "records": [row]}</c>, the row as cypher/network.cypher describes it — or as <c>timkg query network --format json</c>
/// prints it (the records alone), written from the exports' paged read (<see cref="NetworkDatasetReader.OpenAsync"/>)
/// as the ties arrive, instead of the row Neo4j gathers. That row holds every tie of the dataset at once, in Neo4j's
/// heap and ours: 200,000 ties took 13 s and 43 MB, a million exhausted Neo4j's 2 GB heap. Streamed, the host holds the
/// actors and a page of ties whatever the size. QueryApiTests and CliTests compare both answers.
/// </summary>
public static class NetworkQueryJson
{
    /// <summary>The named query answered this way.</summary>
    public const string QueryName = "network";

    /// <summary>
    /// Whether this run of a named query is answered here rather than by Neo4j (the query <c>network</c>, its dataset
    /// bound): the API and the CLI ask, and open <paramref name="dataset"/> with the paged read.
    /// </summary>
    public static bool Answers(NamedQuery query, IReadOnlyDictionary<string, object?> parameters, [NotNullWhen(true)] out string? dataset)
    {
        dataset = query.Name == QueryName ? parameters.GetValueOrDefault("dataset") as string : null;
        return dataset is not null;
    }

    /// <summary>The row's columns, in the order network.cypher returns them (its <c>@returns</c>; QueryApiTests compares).</summary>
    public static readonly IReadOnlyList<string> Columns = ["datasetId", "title", "body", "waves", "waveNames", "layers", "regions", "actors", "ties"];

    /// <summary>
    /// Writes the answer to <paramref name="sink"/> in chunks of about 64 KiB, as the ties arrive: no record when
    /// <paramref name="network"/> is null (no such dataset), as the query gives none. The shape of a <see cref="NetworkWriter"/>.
    /// </summary>
    public static Task WriteAsync(StreamedNetwork? network, ByteSink sink, CancellationToken cancellationToken) =>
        WriteAsync(network, sink, envelope: true, cancellationToken);

    /// <summary>The records alone, indented (<c>timkg query network --format json</c> prints every query's records so).</summary>
    public static Task WriteRecordsAsync(StreamedNetwork? network, ByteSink sink, CancellationToken cancellationToken) =>
        WriteAsync(network, sink, envelope: false, cancellationToken);

    private static async Task WriteAsync(StreamedNetwork? network, ByteSink sink, bool envelope, CancellationToken cancellationToken)
    {
        // Handed on at the first actor or tie past a chunk, as the network files are.
        using var chunks = new ChunkedSink(sink, cancellationToken);
        using var json = new Utf8JsonWriter(chunks.Buffer, new JsonWriterOptions { Indented = !envelope }); // into memory: disposing it writes nothing anywhere

        if (envelope)
        {
            json.WriteStartObject();
            json.WriteString("query", QueryName);
            WriteStrings(json, "columns", Columns);
            json.WritePropertyName("records");
        }
        json.WriteStartArray();
        if (network is not null)
            await WriteRecordAsync(json, network, () => chunks.PauseAsync(json.Flush, json.BytesPending), cancellationToken).ConfigureAwait(false);
        json.WriteEndArray();
        if (envelope) json.WriteEndObject();
        await chunks.HandOnAsync(json.Flush).ConfigureAwait(false);
    }

    private static async Task WriteRecordAsync(Utf8JsonWriter json, StreamedNetwork network, Func<ValueTask> pause, CancellationToken cancellationToken)
    {
        var dataset = network.Dataset;
        json.WriteStartObject();
        json.WriteString("datasetId", dataset.Id);
        json.WriteString("title", dataset.Title);
        json.WriteString("body", dataset.Body);
        WriteStrings(json, "waves", dataset.Waves.Count > 0 ? dataset.Waves : null);
        WriteStrings(json, "waveNames", dataset.WaveNames.Count > 0 ? dataset.WaveNames : null);

        json.WriteStartArray("layers");
        foreach (var layer in dataset.Layers)
        {
            json.WriteStartObject();
            json.WriteString("id", layer.Id);
            json.WriteString(NetworkShape.Name, layer.Name);
            json.WriteString(NetworkShape.Scale, layer.Scale);
            json.WriteString(NetworkShape.Nature, layer.Nature);
            json.WriteString(NetworkShape.Formality, layer.Formality);
            json.WriteString("instanceOf", layer.InstanceOf);
            json.WriteBoolean(NetworkShape.Directed, layer.Directed);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("regions");
        foreach (var region in dataset.Regions)
        {
            json.WriteStartObject();
            json.WriteString(RegionShape.Id, region.Id);
            json.WriteString(RegionShape.Name, region.Name);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("actors");
        foreach (var actor in dataset.Actors)
        {
            WriteActor(json, actor);
            await pause().ConfigureAwait(false);
        }
        json.WriteEndArray();

        json.WriteStartArray("ties");
        await foreach (var tie in network.Ties.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            WriteTie(json, tie);
            await pause().ConfigureAwait(false);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter json, NetworkActor actor)
    {
        json.WriteStartObject();
        json.WriteString("id", actor.Id);
        foreach (var attribute in ActorShape.Attributes) json.WriteString(attribute, actor.Attributes.GetValueOrDefault(attribute));
        json.WriteString("region", actor.Region);
        json.WriteString("regionName", actor.RegionName);
        WriteStrings(json, "layers", actor.Layers);
        var listed = actor.ListedLayers ?? [];
        WriteStrings(json, "listedLayers", listed);
        // One entry per listed participation that has a time; one actor row gives them all the same (network.cypher).
        var time = actor.Time;
        json.WriteStartArray("time");
        if (time.ValidFrom is not null || time.ValidTo is not null || time.Wave is not null)
        {
            foreach (var _ in listed) WriteSpell(json, time, inObject: false);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTie(Utf8JsonWriter json, NetworkTie tie)
    {
        json.WriteStartObject();
        json.WriteString("key", tie.Key);
        json.WriteString("source", tie.Source);
        json.WriteString("target", tie.Target);
        json.WriteString("layer", tie.Layer);
        json.WriteString(TieShape.Resource, tie.Resource);
        json.WriteNumber(TieShape.Weight, tie.Weight);
        WriteSpell(json, tie.Time, inObject: true);
        json.WriteEndObject();
    }

    // A spell's four fields: into the object being written (a tie), or as an object of its own (an actor's time entry).
    private static void WriteSpell(Utf8JsonWriter json, NetworkSpell spell, bool inObject)
    {
        if (!inObject) json.WriteStartObject();
        json.WriteString(CommonProperties.ValidFrom, spell.ValidFrom);
        json.WriteString(CommonProperties.ValidTo, spell.ValidTo);
        json.WriteString(CommonProperties.Wave, spell.Wave);
        if (spell.WaveIndex is { } index) json.WriteNumber(CommonProperties.WaveIndex, index);
        else json.WriteNull(CommonProperties.WaveIndex);
        if (!inObject) json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
