using System.Runtime.CompilerServices;
using System.Xml;
using TimKnowledgeGraph.Graph.Exports;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Tests.Exports;

/// <summary>
/// The network writers (and the API's answer to the `network` query) stream: the output leaves in chunks of about 64 KiB while the ties are still coming, never as
/// one piece, and what leaves is the whole document (every node and edge). The ties here are made as they are asked for,
/// as the paged read makes them.
/// </summary>
public sealed class StreamingExportTests
{
    private const int Actors = 2_000;
    private const int Ties = 100_000;

    // The two network files, and the HTTP API's answer to the `network` query (NetworkQueryJson).
    public static TheoryData<string> Formats => ["graphml", "gexf", "json"];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Output_leaves_in_chunks_while_the_ties_are_still_coming(string format)
    {
        var made = 0;
        var tiesMadeAtFirstChunk = -1;
        var largestChunk = 0;
        using var output = new MemoryStream();
        var network = Network(() => made++);

        await Writer(format)(network, (bytes, _) =>
        {
            if (tiesMadeAtFirstChunk < 0) tiesMadeAtFirstChunk = made;
            largestChunk = Math.Max(largestChunk, bytes.Length);
            output.Write(bytes.Span);
            return ValueTask.CompletedTask;
        }, TestContext.Current.CancellationToken);

        Assert.Equal(Ties, made);
        Assert.InRange(tiesMadeAtFirstChunk, 0, Ties / 10);
        // A chunk is handed on at the first pause past 64 KiB: one element more at most (these are a few hundred bytes).
        Assert.InRange(largestChunk, 1, 80 * 1024);
        output.Position = 0;
        Assert.Equal((Actors, Ties), format == "json" ? CountJson(output) : Count(output));
    }

    [Fact]
    public async Task Text_output_decodes_characters_split_across_chunks()
    {
        // Names of four-byte characters: some chunk boundary falls inside one of them.
        var network = Network(() => { }, name: "\U0001F333 Ölmühle 中");
        using var bytes = new MemoryStream();
        await GraphMlWriter.WriteAsync(network, ByteSinks.ToStream(bytes), TestContext.Current.CancellationToken);
        using var text = new StringWriter();

        await GraphMlWriter.WriteAsync(Network(() => { }, name: "\U0001F333 Ölmühle 中"), ByteSinks.ToText(text), TestContext.Current.CancellationToken);

        Assert.Equal(System.Text.Encoding.UTF8.GetString(bytes.ToArray()), text.ToString());
        Assert.DoesNotContain('\uFFFD', text.ToString());
    }

    private static NetworkWriter Writer(string format) => format switch
    {
        "gexf" => GexfWriter.WriteAsync,
        "json" => NetworkQueryJson.WriteAsync,
        _ => GraphMlWriter.WriteAsync,
    };

    private static StreamedNetwork Network(Action onTie, string name = "Actor") =>
        new(new NetworkDataset("synthetic", "Synthetic", [new NetworkLayer("trade", "Trade", null, "economic", null)],
                [.. Enumerable.Range(0, Actors).Select(i => new NetworkActor($"a{i:D5}", $"{name} {i}", "firm", "r1", "Region", ["trade"]))], []),
            NetworkTimeSummary.None, TiesAsync(onTie));

    private static async IAsyncEnumerable<NetworkTie> TiesAsync(Action onTie, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < Ties; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            onTie();
            yield return new NetworkTie($"k{i}", $"a{i % Actors:D5}", $"a{(i * 7 + 1) % Actors:D5}", "trade", "goods", 1 + i % 3);
            if (i % 1_000 == 0) await Task.Yield();
        }
    }

    private static (int Actors, int Ties) CountJson(Stream stream)
    {
        using var answer = System.Text.Json.JsonDocument.Parse(stream);
        var record = answer.RootElement.GetProperty("records")[0];
        return (record.GetProperty("actors").GetArrayLength(), record.GetProperty("ties").GetArrayLength());
    }

    private static (int Nodes, int Edges) Count(Stream stream)
    {
        var (nodes, edges) = (0, 0);
        using var xml = XmlReader.Create(stream);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (xml.LocalName == "node") nodes++;
            else if (xml.LocalName == "edge") edges++;
        }
        return (nodes, edges);
    }
}
