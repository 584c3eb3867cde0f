namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// Batches waiting to be written, each in one part of the data; a writer may take a batch only when no batch of the
/// same part is being written. Parts are chosen so that batches of different parts never touch the same node
/// (<see cref="BatchPipeline"/>). Batches are handed out first in, first out among those allowed, so the batches of
/// one part are written in the order they were read (a repeated row after the first).
/// </summary>
internal sealed class DisjointBatchQueue<TBatch>(int capacity)
{
    private readonly object _gate = new();
    private readonly LinkedList<(TBatch Batch, int Part)> _ready = new();
    private readonly HashSet<int> _busy = [];
    private readonly SemaphoreSlim _room = new(capacity, capacity);
    private TaskCompletionSource _changed = NewSignal();
    private bool _completed;

    /// <summary>Adds a batch of part <paramref name="part"/>; waits while the queue is full.</summary>
    public async Task AddAsync(TBatch batch, int part, CancellationToken cancellationToken)
    {
        await _room.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _ready.AddLast((batch, part));
            Signal();
        }
    }

    /// <summary>No more batches will be added.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            Signal();
        }
    }

    /// <summary>The oldest batch of a part nobody is writing, its part marked busy; <c>Found: false</c> when all are taken and no more come.</summary>
    public async Task<(bool Found, TBatch Batch, int Part)> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                for (var node = _ready.First; node is not null; node = node.Next)
                {
                    if (_busy.Contains(node.Value.Part)) continue;
                    _ready.Remove(node);
                    _busy.Add(node.Value.Part);
                    _room.Release();
                    return (true, node.Value.Batch, node.Value.Part);
                }
                if (_completed && _ready.Count == 0) return default;
                changed = _changed.Task;
            }
            await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The batch taken from <paramref name="part"/> is written: the part is free again.</summary>
    public void Done(int part)
    {
        lock (_gate)
        {
            _busy.Remove(part);
            Signal();
        }
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.SetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
