using System.Threading.Channels;

namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// Streams rows into fixed-size batches and hands them to writers: while Neo4j executes one batch the next is read
/// and prepared, and with several writers several run at once. At most writers + 1 batches exist at a time,
/// so memory is bounded by the batch size, never by the input.
/// </summary>
public static class BatchPipeline
{
    /// <summary>Writes every row of <paramref name="rows"/> in batches of <paramref name="batchSize"/>; returns the rows written.</summary>
    public static async Task<long> RunAsync<TRow, TBatch>(
        IAsyncEnumerable<TRow> rows, int batchSize, int writers,
        Func<IReadOnlyList<TRow>, TBatch> prepare, Func<TBatch, CancellationToken, Task<int>> write,
        Action<long>? written, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<TBatch>(new BoundedChannelOptions(1) { SingleWriter = true, SingleReader = writers == 1 });
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        long total = 0;

        async Task WriterAsync()
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(failed.Token).ConfigureAwait(false))
            {
                var count = await write(batch, failed.Token).ConfigureAwait(false);
                written?.Invoke(Interlocked.Add(ref total, count));
            }
        }

        var tasks = Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            try { await WriterAsync().ConfigureAwait(false); }
            catch { await failed.CancelAsync().ConfigureAwait(false); throw; } // one failure stops the others and the reader
        })).ToList();

        try
        {
            var buffer = new List<TRow>(batchSize);
            await foreach (var row in rows.WithCancellation(failed.Token).ConfigureAwait(false))
            {
                buffer.Add(row);
                if (buffer.Count < batchSize) continue;
                await channel.Writer.WriteAsync(prepare(buffer), failed.Token).ConfigureAwait(false);
                buffer = new List<TRow>(batchSize);
            }
            if (buffer.Count > 0) await channel.Writer.WriteAsync(prepare(buffer), failed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (failed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // A writer failed: its exception is the one to report, below.
        }
        finally
        {
            channel.Writer.TryComplete();
        }
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return total;
    }
}
