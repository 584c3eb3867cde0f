using System.Collections.Concurrent;

namespace TimKnowledgeGraph.Host.Web.Data;

/// <summary>
/// The heavy part of a dataset's page (its layers' sizes, the analyses, the first ties), computed once per version of
/// the dataset and kept: the version names what the answers depend on (the dataset's import run, the latest content
/// load), so an import or a load that changes them makes the next request compute afresh. Concurrent requests for the
/// same version share one computation, which no single request's cancellation stops (the others still wait for it);
/// a failed computation is forgotten, so the next request tries again.
/// </summary>
internal sealed class DatasetAnalysisCache
{
    // Datasets exist in the graph (the page checks before asking) and periods are the dataset's own waves or valid
    // dates, so this bounds memory against many datasets and many periods asked for; past it, the least recently stored
    // entries go first.
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
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
        var entry = _entries.AddOrUpdate(key,
            _ => NewEntry(version, compute),
            (_, existing) => existing.Version == version && !existing.Failed ? existing : NewEntry(version, compute));
        Trim();
        try
        {
            return await ((Task<T>)entry.Rows.Value).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    /// <summary>How many keys have stored answers (for tests).</summary>
    public int Count => _entries.Count;

    // The computation starts lazily, once, from the entry that won: the dictionary's delegates may run more than once
    // under contention, and only one of their entries is kept.
    private Entry NewEntry<T>(string version, Func<CancellationToken, Task<T>> compute) =>
        new(version, new Lazy<Task>(() => Task.Run(() => compute(CancellationToken.None))), Interlocked.Increment(ref _clock));

    private void Trim()
    {
        while (_entries.Count > MaxEntries)
        {
            var oldest = _entries.MinBy(e => e.Value.Stored);
            _entries.TryRemove(oldest);
        }
    }

    private sealed record Entry(string Version, Lazy<Task> Rows, long Stored)
    {
        public bool Failed => Rows.IsValueCreated && (Rows.Value.IsFaulted || Rows.Value.IsCanceled);
    }
}
