using System.ComponentModel.DataAnnotations;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>How a bulk network import writes. Defaults are what measured best on Neo4j 3.1 (docs/benchmarks.md).</summary>
public sealed class ImportOptions
{
    /// <summary>Rows per transaction: each batch commits on its own, so memory stays bounded on both sides.</summary>
    [Range(1, 1_000_000)] public int BatchSize { get; set; } = 10_000;

    /// <summary>
    /// Actors per transaction (at most <see cref="BatchSize"/>). Smaller than a tie batch because an actor costs Neo4j
    /// 3.1 far more per row (node, label, two unique-index entries, the LOCATED_IN relationship): with two writers,
    /// 100,000 actors took a median 4.9 s in batches of 2,500 against 5.7 s in 5,000 and 6.3-6.7 s in 10,000
    /// (10,000 actors: level). docs/benchmarks.md, "Actors in smaller transactions". A writer's actors go in equal
    /// transactions of about this size (between 2/3 and 1.5 times it), so that none ends with a runt of a few actors.
    /// </summary>
    [Range(1, 1_000_000)] public int ActorBatchSize { get; set; } = 2_500;

    /// <summary>The actor batch this run uses: <see cref="ActorBatchSize"/>, never more than <see cref="BatchSize"/>.</summary>
    public int ActorBatch => Math.Min(ActorBatchSize, BatchSize);

    /// <summary>
    /// Batches written at once on a first import (1 to 16). The actors are split into this many parts, whole regions
    /// at a time (<see cref="ActorPartition"/>): actors and the ties inside each part are written concurrently, the
    /// ties between parts afterwards by one writer. Re-imports and repairs always use one writer, and so do actors
    /// below half an actor batch per writer and ties below more than one batch per writer (too little to gain from concurrency).
    /// </summary>
    [Range(1, 16)] public int Writers { get; set; } = 2;

    /// <summary>
    /// Ties between parts kept in memory (48 bytes each and the resource's text: at most about 45 MB) while ties.csv is
    /// read for the ties inside parts, so that the file is read once and their writer starts at once; beyond this many,
    /// the file is read a second time for them. The 1M-tie benchmark network has 210,000 between its two parts.
    /// </summary>
    [Range(0, 10_000_000)] public int MaxKeptBetweenTies { get; set; } = 500_000;

    /// <summary>
    /// How long a run's claim on its dataset holds without renewal (<see cref="ImportClaim"/>): a run renews it every
    /// quarter of this while it writes, and a second run of the same import is refused while it holds. Only a run
    /// killed outright leaves a claim behind; the next run may take it over this long after its last renewal.
    /// </summary>
    [Range(2, 3600)] public int ClaimLeaseSeconds { get; set; } = 60;

    /// <summary>Diagnostics kept before the rest are only counted (a broken million-row file must not flood memory).</summary>
    [Range(1, 1_000_000)] public int MaxDiagnostics { get; set; } = 1_000;
}
