using TimKnowledgeGraph.Graph.Networks;

namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>Where an export's bytes go, chunk by chunk (a file, an HTTP response, standard output).</summary>
public delegate ValueTask ByteSink(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);

/// <summary>Writes a network file as its ties arrive: <see cref="GraphMlWriter.WriteAsync"/> or <see cref="GexfWriter.WriteAsync"/>.</summary>
public delegate Task NetworkWriter(StreamedNetwork network, ByteSink sink, CancellationToken cancellationToken);
