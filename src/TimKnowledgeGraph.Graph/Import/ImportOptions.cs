using System.ComponentModel.DataAnnotations;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>How a bulk network import writes. Defaults are what measured best on Neo4j 3.1 (docs/benchmarks.md).</summary>
public sealed class ImportOptions
{
    /// <summary>Rows per transaction: each batch commits on its own, so memory stays bounded on both sides.</summary>
    [Range(1, 1_000_000)] public int BatchSize { get; set; } = 10_000;

    /// <summary>
    /// Batches sent at once. Actors never share nodes, so they use this many writers; ties share their end nodes,
    /// so concurrent tie batches can deadlock and are retried by the client (see docs/benchmarks.md for the measurements).
    /// </summary>
    [Range(1, 16)] public int Writers { get; set; } = 2;

    /// <summary>Writers for ties (default 1: see <see cref="Writers"/>).</summary>
    [Range(1, 16)] public int TieWriters { get; set; } = 1;

    /// <summary>Diagnostics kept before the rest are only counted (a broken million-row file must not flood memory).</summary>
    [Range(1, 1_000_000)] public int MaxDiagnostics { get; set; } = 1_000;
}
