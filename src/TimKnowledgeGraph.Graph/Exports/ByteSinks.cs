using System.Text;
using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>Where an export's bytes go, chunk by chunk (a file, an HTTP response, standard output).</summary>
public delegate ValueTask ByteSink(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);

/// <summary>The sinks the exports write to.</summary>
public static class ByteSinks
{
    /// <summary>A sink that writes the UTF-8 chunks to a text writer (standard output), decoding characters split across chunks.</summary>
    public static ByteSink ToText(TextWriter writer)
    {
        var decoder = new UTF8Encoding(false).GetDecoder();
        return async (bytes, cancellationToken) =>
        {
            var chars = new char[decoder.GetCharCount(bytes.Span, flush: false)];
            decoder.GetChars(bytes.Span, chars, flush: false);
            await writer.WriteAsync(chars, cancellationToken).ConfigureAwait(false);
        };
    }

    /// <summary>A sink that writes the UTF-8 chunks to a stream (a file, an HTTP response).</summary>
    public static ByteSink ToStream(Stream stream) =>
        (bytes, cancellationToken) => stream.WriteAsync(bytes, cancellationToken);
}

/// <summary>Writes a network file as its ties arrive: <see cref="GraphMlWriter.WriteAsync"/> or <see cref="GexfWriter.WriteAsync"/>.</summary>
public delegate Task NetworkWriter(StreamedNetwork network, ByteSink sink, CancellationToken cancellationToken);
