namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// Streams rows into batches, one stream of batches per part, and writes batches of different parts at once.
/// </summary>
/// <remarks>
/// The caller chooses parts whose batches never touch the same node. That matters on Neo4j 3.1: creating a
/// relationship locks both end nodes and, at commit, the first relationship of each end's chain, so concurrent
/// batches that share nodes (hubs above all) wait for each other or deadlock. One part and one writer write
/// everything in read order; the next batch is read and prepared while Neo4j runs the current one. Memory is
/// bounded by parts × batch size plus a few queued batches, never by the input.
/// </remarks>
internal static class BatchPipeline
{
    /// <summary>Writes every row of <paramref name="rows"/>; returns the rows written.</summary>
    /// <param name="rows">The rows, read once, in order.</param>
    /// <param name="partOf">The part of a row, in [0, <paramref name="parts"/>).</param>
    /// <param name="parts">How many parts.</param>
    /// <param name="batchSize">Rows per batch (one transaction each).</param>
    /// <param name="writers">Batches written at once (at most one per part).</param>
    /// <param name="write">Writes one batch; returns how many rows it wrote.</param>
    /// <param name="written">Told the running total after every batch.</param>
    /// <param name="cancellationToken">Stops reading and writing.</param>
    /// <param name="firstBatch">At most this many rows in each part's first batch: its writer starts once fewer rows are read.</param>
    /// <param name="partWritten">Told, once per part, when every row of it is written (the caller may then write what
    /// depends on that part alone, while other parts are still written).</param>
    public static Task<long> RunAsync<TRow>(
        IAsyncEnumerable<TRow> rows, Func<TRow, int> partOf, int parts, int batchSize, int writers,
        Func<IReadOnlyList<TRow>, CancellationToken, Task<int>> write, Action<long>? written, CancellationToken cancellationToken,
        int firstBatch = int.MaxValue, Action<int>? partWritten = null) =>
        RunAsync(rows, partOf, parts, _ => batchSize, writers, write, written, cancellationToken, firstBatch, partWritten);

    /// <summary>Writes every row of <paramref name="rows"/>, each part in batches of its own size; returns the rows written.</summary>
    /// <param name="batchSizeOf">Rows per batch of a part (see <see cref="EvenBatchSize"/>).</param>
    public static async Task<long> RunAsync<TRow>(
        IAsyncEnumerable<TRow> rows, Func<TRow, int> partOf, int parts, Func<int, int> batchSizeOf, int writers,
        Func<IReadOnlyList<TRow>, CancellationToken, Task<int>> write, Action<long>? written, CancellationToken cancellationToken,
        int firstBatch = int.MaxValue, Action<int>? partWritten = null)
    {
        var batchSizes = Enumerable.Range(0, parts).Select(part => Math.Min(batchSizeOf(part), firstBatch)).ToArray();
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Not after a failure: then the queue completes with rows unread or batches unwritten.
        var queue = new DisjointBatchQueue<List<TRow>>(capacity: writers + 1, parts,
            part => { if (!failed.IsCancellationRequested) partWritten?.Invoke(part); });
        long total = 0;

        async Task WriterAsync()
        {
            while (await queue.TakeAsync(failed.Token).ConfigureAwait(false) is (true, var batch, var part))
            {
                var count = await write(batch, failed.Token).ConfigureAwait(false);
                queue.Done(part);
                var sofar = Interlocked.Add(ref total, count); // not inside written?.Invoke(...): skipped when null
                written?.Invoke(sofar);
            }
        }

        var tasks = Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            try { await WriterAsync().ConfigureAwait(false); }
            catch { await failed.CancelAsync().ConfigureAwait(false); throw; } // one failure stops the others and the reader
        })).ToList();

        try
        {
            var blocks = new List<TRow>?[parts];
            await foreach (var row in rows.WithCancellation(failed.Token).ConfigureAwait(false))
            {
                var part = partOf(row);
                var block = blocks[part] ??= new List<TRow>(Math.Min(batchSizes[part], 1024));
                block.Add(row);
                if (block.Count < batchSizes[part]) continue;
                blocks[part] = null;
                batchSizes[part] = batchSizeOf(part); // after the first
                await queue.AddAsync(block, part, failed.Token).ConfigureAwait(false);
            }
            for (var part = 0; part < parts; part++)
            {
                if (blocks[part] is { } rest) await queue.AddAsync(rest, part, failed.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // A writer failed: its exception is the one to report, below.
        }
        catch
        {
            // The reader failed (a file unreadable, or changed since validation) or the caller cancelled: no batch may
            // be written after the import has returned.
            await failed.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(tasks).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
        finally
        {
            queue.Complete();
        }
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return total;
    }

    /// <summary>
    /// The batch size that splits <paramref name="rows"/> known rows into the whole number of equal batches nearest
    /// to <paramref name="rows"/> / <paramref name="batchSize"/> (at least one): between 2/3 and 1.5 times
    /// <paramref name="batchSize"/>. A runt batch at the end of a part would be a transaction of its own, written when
    /// the other writers are done: 5,004 actors in batches of 2,500 left one of 4 actors that took 42-147 ms alone
    /// (docs/benchmarks.md); as two batches of 2,502 they take none.
    /// </summary>
    public static int EvenBatchSize(long rows, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (rows <= batchSize) return batchSize;
        var batches = Math.Max(1L, (long)Math.Round((double)rows / batchSize, MidpointRounding.AwayFromZero));
        return (int)Math.Min(int.MaxValue, (rows + batches - 1) / batches);
    }
}
