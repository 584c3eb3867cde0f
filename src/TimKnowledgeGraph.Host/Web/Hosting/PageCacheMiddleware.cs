using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Web.Hosting;

/// <summary>
/// Serves the content pages (concepts, critiques, propositions, references, authors, the home page and the concept
/// graph data) from <see cref="PageCache"/>: they change only when a load commits, so a page rendered once is served
/// as bytes until the <see cref="ContentVersion"/> moves. Network pages keep their own cache (they change with
/// imports), search and the console are never cached. Only complete 200 answers without cookies are stored.
/// </summary>
internal sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache, ContentVersion version)
{
    /// <summary>Response header saying whether the page came from the cache ("hit") or was rendered ("miss").</summary>
    public const string Header = "X-Page-Cache";

    private static readonly string[] CachedPrefixes = ["/concepts", "/critiques", "/propositions", "/references", "/authors", "/graph-data/concepts/"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsCacheable(context.Request))
        {
            await next(context);
            return;
        }
        var address = context.Request.Path.Value + context.Request.QueryString.Value;
        var current = await version.CurrentAsync(context.RequestAborted);
        if (cache.TryGet(address, current, out var page))
        {
            context.Response.ContentType = page.ContentType;
            context.Response.Headers[Header] = "hit";
            await page.Body.WriteAsync(context);
            return;
        }
        context.Response.Headers[Header] = "miss";
        await RenderAndStoreAsync(context, address, current);
    }

    private async Task RenderAndStoreAsync(HttpContext context, string address, string current)
    {
        var original = context.Response.Body;
        await using var copy = new TeeStream(original, PageCache.MaxPageBytes);
        context.Response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK && !copy.Overflowed && response.ContentType is { } type
            && !response.Headers.ContainsKey("Set-Cookie") && !context.RequestAborted.IsCancellationRequested)
            cache.Store(address, new PageCache.Page(current, type, copy.Copied()));
    }

    private static bool IsCacheable(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Path.Value is { } path
        && (path == "/" || CachedPrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Writes through to the response and keeps a copy, up to a limit (past it the copy is dropped).</summary>
    private sealed class TeeStream(Stream target, long limit) : WriteOnlyStream
    {
        private MemoryStream? _copy = new();

        public bool Overflowed => _copy is null;

        public byte[] Copied() => _copy?.ToArray() ?? [];

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            await target.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            target.Write(buffer, offset, count);
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => target.FlushAsync(cancellationToken);

        public override void Flush() => target.Flush();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            if (_copy is null) return;
            if (_copy.Length + bytes.Length > limit) _copy = null;
            else _copy.Write(bytes);
        }
    }
}
