namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// Batches waiting to be written, each in one part of the data; a writer may take a batch only when no batch of the
/// same part is being written. Parts are chosen so that batches of different parts never touch the same node
/// (<see cref="BatchPipeline"/>). Batches are handed out first in, first out among those allowed, so the batches of
/// one part are written in the order they were read (a repeated row after the first).
/// </summary>
/// <param name="capacity">Batches waiting at most; <see cref="AddAsync"/> waits for room beyond.</param>
/// <param name="parts">How many parts <paramref name="partFinished"/> is told about (0 to 1 less).</param>
/// <param name="partFinished">
/// Told, once per part, when the part has no batch waiting or being written and no more will come (after
/// <see cref="Complete"/>); called under the queue's lock, so it must only signal.
/// </param>
internal sealed class DisjointBatchQueue<TBatch>(int capacity, int parts = 0, Action<int>? partFinished = null)
{
    private readonly object _gate = new();
    private readonly LinkedList<(TBatch Batch, int Part)> _ready = new();
    private readonly HashSet<int> _busy = [];
    private readonly SemaphoreSlim _room = new(capacity, capacity);
    private TaskCompletionSource _changed = NewSignal();
    private readonly bool[] _finished = new bool[parts];
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
            for (var part = 0; part < parts; part++) TellIfFinished(part);
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
            if (_completed) TellIfFinished(part);
            Signal();
        }
    }

    // Under the lock, once completed (no batch comes after): a part with none waiting and none being written is finished.
    private void TellIfFinished(int part)
    {
        if (partFinished is null || _finished[part] || _busy.Contains(part) || _ready.Any(b => b.Part == part)) return;
        _finished[part] = true;
        partFinished(part);
    }

    private void Signal()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.SetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
