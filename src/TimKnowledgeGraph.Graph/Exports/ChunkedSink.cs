namespace TimKnowledgeGraph.Graph.Exports;

/// <summary>
/// A writer's output gathered in memory and handed on to a <see cref="ByteSink"/> in chunks of about
/// <see cref="ChunkBytes"/>, at the writer's pauses (after each node, edge, actor or tie), so that no document's size
/// sits in memory. The writer writes synchronously into <see cref="Buffer"/>; the chunks leave asynchronously: ASP.NET
/// Core refuses synchronous writes to a response. The network files and the <c>network</c> query's JSON share it.
/// </summary>
internal sealed class ChunkedSink(ByteSink sink, CancellationToken cancellationToken) : IDisposable
{
    /// <summary>The output is handed on whenever this much has gathered.</summary>
    public const int ChunkBytes = 64 * 1024;

    private readonly MemoryStream _buffer = new();

    /// <summary>Where the writer writes.</summary>
    public Stream Buffer => _buffer;

    /// <summary>
    /// A pause: once a chunk has gathered, counting <paramref name="unflushed"/> (what the writer still holds itself), the
    /// writer is flushed and the chunk handed on.
    /// </summary>
    public ValueTask PauseAsync(Action flush, long unflushed = 0) =>
        _buffer.Length + unflushed < ChunkBytes ? ValueTask.CompletedTask : HandOnAsync(flush);

    /// <summary>Flushes the writer (when given) and hands on whatever has gathered.</summary>
    public async ValueTask HandOnAsync(Action? flush = null)
    {
        flush?.Invoke();
        await sink(_buffer.GetBuffer().AsMemory(0, (int)_buffer.Length), cancellationToken).ConfigureAwait(false);
        _buffer.SetLength(0);
    }

    public void Dispose() => _buffer.Dispose();
}
