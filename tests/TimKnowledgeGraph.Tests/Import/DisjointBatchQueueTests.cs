using TimKnowledgeGraph.Graph.Import;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Import;

/// <summary>The queue that keeps concurrent import writers off each other's nodes.</summary>
public sealed class DisjointBatchQueueTests
{
    [Fact]
    public async Task ShouldNotHandOutASecondBatchOfAPartUntilTheFirstIsDone()
    {
        var queue = new DisjointBatchQueue<string>(capacity: 4);
        await queue.AddAsync("a1", 0, TestContext.Current.CancellationToken);
        await queue.AddAsync("a2", 0, TestContext.Current.CancellationToken);
        await queue.AddAsync("b1", 1, TestContext.Current.CancellationToken);
        queue.Complete();

        var first = await queue.TakeAsync(TestContext.Current.CancellationToken);
        var second = await queue.TakeAsync(TestContext.Current.CancellationToken);
        var third = queue.TakeAsync(TestContext.Current.CancellationToken);

        Assert.Equal(("a1", 0), (first.Batch, first.Part));
        Assert.Equal(("b1", 1), (second.Batch, second.Part)); // a2 waits: part 0 is busy
        Assert.False(third.IsCompleted);
        queue.Done(0);
        var next = await third.WaitAsync(Eventually.Patience, TestContext.Current.CancellationToken);
        Assert.Equal(("a2", 0), (next.Batch, next.Part));
        queue.Done(0);
        queue.Done(1);
        Assert.False((await queue.TakeAsync(TestContext.Current.CancellationToken)).Found);
    }

    [Theory]
    [InlineData(5_004, 2_500, 2_502)] // two batches, not 2,500 + 2,500 + a runt of 4
    [InlineData(4_996, 2_500, 2_498)]
    [InlineData(3_749, 2_500, 3_749)] // 1.4996 batches: one
    [InlineData(3_750, 2_500, 1_875)] // 1.5 batches: two
    [InlineData(1_000, 2_500, 2_500)] // fewer rows than a batch: one batch holds them
    [InlineData(0, 2_500, 2_500)]
    [InlineData(100_001, 2_500, 2_501)]
    public void ShouldSplitKnownRowsIntoTheNearestWholeNumberOfEqualBatches(long rows, int batchSize, int expected)
    {
        Assert.Equal(expected, BatchPipeline.EvenBatchSize(rows, batchSize));
    }

    [Fact]
    public async Task ShouldBatchEachPartByItsOwnSize()
    {
        // Part 0 has 21 rows, part 1 has 19: with even sizes of 11 and 10, two batches each and no runt.
        var rows = Enumerable.Range(0, 40).Select(i => i < 21 ? 0 : 1).ToList();
        var batches = new List<(int Part, int Count)>();

        var written = await BatchPipeline.RunAsync(rows.ToAsyncEnumerable(), part => part, parts: 2,
            part => BatchPipeline.EvenBatchSize(rows.Count(r => r == part), 10), writers: 2,
            (batch, _) =>
            {
                lock (batches) batches.Add((batch[0], batch.Count));
                return Task.FromResult(batch.Count);
            },
            null, TestContext.Current.CancellationToken);

        Assert.Equal(40, written);
        Assert.Equal([(0, 10), (0, 11), (1, 9), (1, 10)], batches.Order());
    }

    [Fact]
    public async Task ShouldStartEachPartWithTheSmallerFirstBatchThenWriteFullOnesInReadOrder()
    {
        // 50 rows per part, batches of 10 after a first batch of 3: 3, then four of 10, then the 7 left.
        var rows = Enumerable.Range(0, 100).Select(i => (Id: i, Part: i % 2)).ToList();
        var batches = new List<(int Part, int[] Ids)>();

        var written = await BatchPipeline.RunAsync(rows.ToAsyncEnumerable(), r => r.Part, parts: 2, batchSize: 10, writers: 2,
            (batch, _) =>
            {
                lock (batches) batches.Add((batch[0].Part, batch.Select(r => r.Id).ToArray()));
                return Task.FromResult(batch.Count);
            },
            null, TestContext.Current.CancellationToken, firstBatch: 3);

        Assert.Equal(100, written);
        foreach (var part in new[] { 0, 1 })
        {
            var ofPart = batches.Where(b => b.Part == part).ToList();
            Assert.Equal([3, 10, 10, 10, 10, 7], ofPart.Select(b => b.Ids.Length));
            Assert.Equal(rows.Where(r => r.Part == part).Select(r => r.Id), ofPart.SelectMany(b => b.Ids));
        }
    }

    [Fact]
    public async Task ShouldWriteEveryBatchOnceInReadOrderPerPartAndNeverTwoOfAPartAtOnce()
    {
        var pipelineRows = Enumerable.Range(0, 5_000).Select(i => (Id: i, Part: i * 7 % 3 == 0 ? 0 : i % 3)).ToList();
        var running = new int[3];
        var overlap = 0;
        var seen = new List<int>[3];
        for (var p = 0; p < 3; p++) seen[p] = [];

        var written = await BatchPipeline.RunAsync(pipelineRows.ToAsyncEnumerable(), r => r.Part, parts: 3, batchSize: 64, writers: 3,
            async (batch, token) =>
            {
                var part = batch[0].Part;
                if (Interlocked.Increment(ref running[part]) > 1) Interlocked.Increment(ref overlap);
                await Task.Delay(1, token);
                lock (seen[part]) seen[part].AddRange(batch.Select(r => r.Id));
                Interlocked.Decrement(ref running[part]);
                Assert.All(batch, r => Assert.Equal(part, r.Part));
                return batch.Count;
            },
            null, TestContext.Current.CancellationToken);

        Assert.Equal(5_000, written);
        Assert.Equal(0, overlap);
        for (var p = 0; p < 3; p++)
            Assert.Equal(pipelineRows.Where(r => r.Part == p).Select(r => r.Id), seen[p]);
    }

    [Fact]
    public async Task ShouldTellEachPartOnceWhenAllItsRowsAreWrittenWhileOtherPartsGoOn()
    {
        // Part 0: 20 rows, part 1: 200, part 2: none; batches of 10. Part 1's last batch is held until part 0 is told
        // (or, should it never be, for as long as Eventually.Patience): part 0 is done, and all rows read, long before.
        // Timing alone (20 ms writes for part 1, 1 ms for part 0) left a loaded machine's scheduling to decide: with 5 ms
        // for every write, a CI run once told part 0 only after part 1's last batch.
        var rows = Enumerable.Range(0, 220).Select(i => i < 40 && i % 2 == 0 ? 0 : 1).ToList();
        var writtenOf = new int[3];
        var toldAt = new List<(int Part, int RowsWrittenOfPart, int RowsWrittenOfPart1)>();
        var part0Told = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var written = await BatchPipeline.RunAsync(rows.ToAsyncEnumerable(), part => part, parts: 3, batchSize: 10, writers: 2,
            async (batch, token) =>
            {
                // Part 1's batches are written one at a time, in order: 190 rows written means this is its last.
                if (batch[0] == 1 && Volatile.Read(ref writtenOf[1]) == 190)
                    await Task.WhenAny(part0Told.Task, Task.Delay(Eventually.Patience, token));
                Interlocked.Add(ref writtenOf[batch[0]], batch.Count);
                return batch.Count;
            },
            null, TestContext.Current.CancellationToken,
            partWritten: part =>
            {
                lock (toldAt) toldAt.Add((part, Volatile.Read(ref writtenOf[part]), Volatile.Read(ref writtenOf[1])));
                if (part == 0) part0Told.TrySetResult();
            });

        Assert.Equal(220, written);
        Assert.Equal([0, 1, 2], toldAt.Select(t => t.Part).Order());
        Assert.All(toldAt, t => Assert.Equal(rows.Count(r => r == t.Part), t.RowsWrittenOfPart));
        var part0 = toldAt.Single(t => t.Part == 0);
        Assert.True(part0.RowsWrittenOfPart1 < 200, $"part 0 told only after part 1 was written too ({part0.RowsWrittenOfPart1} rows)");
    }

    [Fact]
    public async Task ShouldNotTellAPartWrittenWhenThePipelineFailed()
    {
        var told = new List<int>();
        static async IAsyncEnumerable<int> Rows()
        {
            for (var i = 0; i < 100; i++)
            {
                if (i == 60) throw new IOException("ties.csv unreadable");
                yield return i;
                await Task.Yield();
            }
        }

        await Assert.ThrowsAsync<IOException>(() => BatchPipeline.RunAsync(Rows(), i => i % 2, parts: 2, batchSize: 10, writers: 2,
            (batch, _) => Task.FromResult(batch.Count), null, TestContext.Current.CancellationToken,
            partWritten: part => { lock (told) told.Add(part); }));

        Assert.Empty(told);
    }

    [Fact]
    public async Task ShouldStopEveryWriterAndReportTheFailureWhenOneBatchFails()
    {
        var rows = Enumerable.Range(0, 1_000).ToAsyncEnumerable();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => BatchPipeline.RunAsync(rows, i => i % 2, parts: 2, batchSize: 10, writers: 2,
            (batch, _) => batch[0] == 500 ? throw new InvalidOperationException("batch 500 refused") : Task.FromResult(batch.Count),
            null, TestContext.Current.CancellationToken));

        Assert.Equal("batch 500 refused", failure.Message);
    }

    [Fact]
    public async Task ShouldStopEveryWriterBeforeReportingAFailedRead()
    {
        var inFlight = 0;
        var returned = false;
        var startedAfterReturn = false;
        static async IAsyncEnumerable<int> Rows()
        {
            for (var i = 0; i < 100; i++)
            {
                if (i == 60) throw new IOException("ties.csv unreadable");
                yield return i;
                await Task.Yield();
            }
        }

        // Writers that finish the batch they hold (as a request already sent would), slowly.
        var failure = await Assert.ThrowsAsync<IOException>(() => BatchPipeline.RunAsync(Rows(), i => i % 2, parts: 2, batchSize: 10, writers: 2,
            async (batch, _) =>
            {
                if (Volatile.Read(ref returned)) startedAfterReturn = true;
                Interlocked.Increment(ref inFlight);
                await Task.Delay(50, CancellationToken.None);
                Interlocked.Decrement(ref inFlight);
                return batch.Count;
            },
            null, TestContext.Current.CancellationToken));
        Volatile.Write(ref returned, true);

        Assert.Equal("ties.csv unreadable", failure.Message);
        Assert.Equal(0, Volatile.Read(ref inFlight));
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.False(startedAfterReturn);
    }
}
