using System.Collections.Concurrent;

namespace TimKnowledgeGraph.Host.Web.Hosting;

/// <summary>
/// Rendered pages by address, each stored with the <see cref="ContentVersion"/> it was rendered at; an entry of another
/// version is a miss. Bounded against a client asking for endless distinct addresses: at most
/// <see cref="MaxEntries"/> pages and <see cref="MaxTotalBytes"/> in all (least recently used go first), pages larger
/// than <see cref="MaxPageBytes"/> are not kept. Each page is kept compressed too (<see cref="Encoded"/>).
/// </summary>
internal sealed class PageCache
{
    public const int MaxEntries = 4096;
    public const long MaxPageBytes = 2 * 1024 * 1024;
    public const long MaxTotalBytes = 64 * 1024 * 1024;

    public sealed record Page(string Version, string ContentType, Encoded Body)
    {
        internal long LastUsed;

        public Page(string version, string contentType, byte[] body) : this(version, contentType, Encoded.Of(body, contentType)) { }
    }

    private readonly ConcurrentDictionary<string, Page> _pages = new(StringComparer.Ordinal);
    private long _clock;
    private long _totalBytes;

    public int Count => _pages.Count;

    public bool TryGet(string address, string version, out Page page)
    {
        if (_pages.TryGetValue(address, out page!) && page.Version == version)
        {
            page.LastUsed = Interlocked.Increment(ref _clock);
            return true;
        }
        return false;
    }

    public void Store(string address, Page page)
    {
        if (page.Body.Identity.Length > MaxPageBytes) return;
        page.LastUsed = Interlocked.Increment(ref _clock);
        _pages.AddOrUpdate(address,
            _ => Added(page),
            (_, old) => Replaced(old, page));
        if (_pages.Count > MaxEntries || Interlocked.Read(ref _totalBytes) > MaxTotalBytes) Trim();
    }

    private Page Added(Page page)
    {
        Interlocked.Add(ref _totalBytes, page.Body.TotalBytes);
        return page;
    }

    private Page Replaced(Page old, Page page)
    {
        Interlocked.Add(ref _totalBytes, page.Body.TotalBytes - old.Body.TotalBytes);
        return page;
    }

    // Rare (only when full), so a scan for the least recently used is fine; a tenth goes at once so that a full cache
    // does not scan on every store.
    private void Trim()
    {
        var victims = _pages.OrderBy(p => p.Value.LastUsed).Take(Math.Max(1, _pages.Count / 10)).ToList();
        foreach (var victim in victims)
            if (_pages.TryRemove(victim)) Interlocked.Add(ref _totalBytes, -victim.Value.Body.TotalBytes);
    }
}
