using System.ComponentModel.DataAnnotations;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>How a bulk network import writes. Defaults are what measured best on Neo4j 3.1 (docs/benchmarks.md).</summary>
public sealed class ImportOptions
{
    /// <summary>Rows per transaction: each batch commits on its own, so memory stays bounded on both sides.</summary>
    [Range(1, 1_000_000)] public int BatchSize { get; set; } = 10_000;

    /// <summary>
    /// Actor batches sent at once. Default 1: actors of one region share its Region node (LOCATED_IN), so concurrent
    /// batches wait on its lock or deadlock (retried by the client), which measured slower than one writer.
    /// </summary>
    [Range(1, 16)] public int Writers { get; set; } = 1;

    /// <summary>
    /// Tie batches sent at once. Default 1: ties share their end nodes (hubs above all), and two writers measured
    /// slower because of deadlock retries. Above 1, repeated rows of one tie in concurrent batches may both be created.
    /// </summary>
    [Range(1, 16)] public int TieWriters { get; set; } = 1;

    /// <summary>Diagnostics kept before the rest are only counted (a broken million-row file must not flood memory).</summary>
    [Range(1, 1_000_000)] public int MaxDiagnostics { get; set; } = 1_000;
}
