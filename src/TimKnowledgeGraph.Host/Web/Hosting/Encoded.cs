using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace TimKnowledgeGraph.Host.Web.Hosting;

/// <summary>
/// A response body kept in the forms a browser may ask for: as is, Brotli and gzip, compressed once when stored (a
/// cached page or an embedded asset), so serving it costs no compression. Browsers send
/// <c>Accept-Encoding: gzip, deflate, br</c>; a 110 KB concept page is about 12 KB in Brotli.
/// </summary>
internal sealed class Encoded
{
    private Encoded(byte[] identity, byte[]? brotli, byte[]? gzip) => (Identity, Brotli, Gzip) = (identity, brotli, gzip);

    public byte[] Identity { get; }

    public byte[]? Brotli { get; }

    public byte[]? Gzip { get; }

    public long TotalBytes => Identity.Length + (Brotli?.Length ?? 0) + (Gzip?.Length ?? 0);

    /// <summary>Compresses text-like bodies worth it (over 1 KB); others are kept as they are.</summary>
    public static Encoded Of(byte[] body, string contentType)
    {
        if (body.Length < 1024 || !IsText(contentType)) return new Encoded(body, null, null);
        return new Encoded(body, Compress(body, s => new BrotliStream(s, CompressionLevel.Optimal)), Compress(body, s => new GZipStream(s, CompressionLevel.Optimal)));
    }

    /// <summary>Writes the best form the request accepts, with its Content-Encoding and <c>Vary</c>.</summary>
    public Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        var (name, bytes) = Choose(context.Request);
        if (Brotli is not null) response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (name is not null) response.Headers.ContentEncoding = name;
        response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    /// <summary>The encoding's name ("br", "gzip", or null for none), for an ETag per representation.</summary>
    public string? ChosenEncoding(HttpRequest request) => Choose(request).Name;

    private (string? Name, byte[] Bytes) Choose(HttpRequest request)
    {
        if (Brotli is null || Gzip is null) return (null, Identity);
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted)) return (null, Identity);
        double Quality(string name) => accepted.Where(a => a.Value.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        if (Quality("br") > 0) return ("br", Brotli);
        if (Quality("gzip") > 0) return ("gzip", Gzip);
        return (null, Identity);
    }

    private static bool IsText(string contentType) =>
        contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("javascript", StringComparison.OrdinalIgnoreCase) || contentType.Contains("svg", StringComparison.OrdinalIgnoreCase);

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        using var buffer = new MemoryStream();
        using (var stream = compressor(buffer)) stream.Write(body);
        return buffer.ToArray();
    }
}
