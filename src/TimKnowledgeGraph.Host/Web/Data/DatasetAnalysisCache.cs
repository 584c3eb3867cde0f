using System.Collections.Concurrent;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>
/// The heavy part of a dataset's page (its layers' sizes, the analyses, the first ties), computed once per version of
/// the dataset and kept: the version names what the answers depend on (the dataset's import run, the latest content
/// load), so an import or a load that changes them makes the next request compute afresh. Concurrent requests for the
/// same version share one computation, which no single request's cancellation stops (the others still wait for it);
/// a failed computation is forgotten, so the next request tries again.
/// </summary>
/// <remarks>
/// At most <see cref="MaxComputing"/> analyses compute at once, the others wait their turn, and one whose requests have
/// all left by its turn is not computed. Each runs to its end whatever its readers do, and periods are any dates: ten
/// requests for ten periods of a 150,000-tie panel, each dropped after 2 s, kept the local Neo4j busy for over a
/// minute (every other request and /api/health failing meanwhile); any number of them could be sent.
/// </remarks>
internal sealed class DatasetAnalysisCache
{
    // Datasets exist in the graph (the page checks before asking) and periods are the dataset's own waves or valid
    // dates, so this bounds memory against many datasets and many periods asked for; past it, the least recently stored
    // entries go first.
    private const int MaxEntries = 256;

    /// <summary>How many analyses compute at once; the rest wait for a place.</summary>
    public const int MaxComputing = 1;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _computing = new(MaxComputing, MaxComputing);
    private long _clock;

    /// <summary>
    /// The answers for <paramref name="key"/> (a dataset, or a dataset and what of it: a period, its timeline) at
    /// <paramref name="version"/>: stored ones when that version was computed before, else from
    /// <paramref name="compute"/>. A null version (an import still running) is never stored.
    /// </summary>
    public async Task<T> GetAsync<T>(string key, string? version, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (version is null) return await compute(cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            var entry = _entries.AddOrUpdate(key,
                _ => NewEntry(version, compute),
                (_, existing) => existing.Version == version && !existing.Failed ? existing : NewEntry(version, compute));
            Trim();
            // Counted before the computation can start, so that it knows someone waits for it.
            Interlocked.Increment(ref entry.Waiters);
            try
            {
                return await ((Task<T>)entry.Rows.Value).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && attempt == 1)
            {
                // Given up by the computation just as this request came for it (its earlier readers had all left): afresh.
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
                throw;
            }
            finally
            {
                Interlocked.Decrement(ref entry.Waiters);
            }
        }
    }

    /// <summary>How many keys have stored answers (for tests).</summary>
    public int Count => _entries.Count;

    // The computation starts lazily, once, from the entry that won: the dictionary's delegates may run more than once
    // under contention, and only one of their entries is kept.
    private Entry NewEntry<T>(string version, Func<CancellationToken, Task<T>> compute)
    {
        Entry? entry = null;
        entry = new Entry(version, new Lazy<Task>(() => ComputeAsync(entry!, compute)), Interlocked.Increment(ref _clock));
        return entry;
    }

    private async Task<T> ComputeAsync<T>(Entry entry, Func<CancellationToken, Task<T>> compute)
    {
        // Called on the first request's thread, so the analysis takes its place in the queue (SemaphoreSlim serves its
        // asynchronous waiters first come, first served) in the order it was asked for. Started through Task.Run, it
        // queued whenever the thread pool got to it: under load an analysis asked for later could go first.
        await _computing.WaitAsync().ConfigureAwait(false);
        try
        {
            // Every request for it left while it waited (a reader who gave up, a dropped connection): not computed.
            if (Volatile.Read(ref entry.Waiters) == 0) throw new OperationCanceledException("no request waits for this analysis any more");
            return await Task.Run(() => compute(CancellationToken.None)).ConfigureAwait(false); // off the request's thread
        }
        finally
        {
            _computing.Release();
        }
    }

    private void Trim()
    {
        while (_entries.Count > MaxEntries)
        {
            var oldest = _entries.MinBy(e => e.Value.Stored);
            _entries.TryRemove(oldest);
        }
    }

    private sealed class Entry(string version, Lazy<Task> rows, long stored)
    {
        public string Version { get; } = version;

        public Lazy<Task> Rows { get; } = rows;

        public long Stored { get; } = stored;

        /// <summary>Requests waiting for the answer now.</summary>
        public int Waiters;

        public bool Failed => Rows.IsValueCreated && (Rows.Value.IsFaulted || Rows.Value.IsCanceled);
    }
}
