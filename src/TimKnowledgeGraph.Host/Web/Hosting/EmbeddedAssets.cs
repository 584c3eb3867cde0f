using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;

namespace TimKnowledgeGraph.Host.Web.Hosting;

/// <summary>
/// Serves the CSS, scripts and vendored libraries embedded in timkg.dll under <c>/assets/</c>. Embedding (rather than
/// wwwroot) makes the UI work from bin/ in any environment and working directory, and in tests.
/// </summary>
internal static class EmbeddedAssets
{
    private const string Prefix = "assets/";
    private static readonly FrozenDictionary<string, Asset> Assets = Load();

    /// <summary>True when an asset is present (Cytoscape is only embedded when npm installed it before the build).</summary>
    public static bool Has(string path) => Assets.ContainsKey(path);

    /// <summary>The URL of an asset with its content hash as version, so browsers never keep a stale copy.</summary>
    public static string Url(string path) =>
        Assets.TryGetValue(path, out var asset) ? $"/{Prefix}{path}?v={asset.ETag.Trim('"')}" : $"/{Prefix}{path}";

    /// <summary>Maps <c>GET /assets/{path}</c>, answering 304 to a matching If-None-Match; compressed when the browser accepts it.</summary>
    public static IEndpointConventionBuilder MapEmbeddedAssets(this IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{**path}", async (string? path, HttpContext context) =>
        {
            var response = context.Response;
            // "/assets/" alone binds no path: not found, like any name that is not an asset.
            if (path is null || !Assets.TryGetValue(path, out var asset))
            {
                response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            // One ETag per representation (identity, br, gzip), as HTTP caches compare them.
            var etag = asset.Body.ChosenEncoding(context.Request) is { } encoding ? asset.ETag.TrimEnd('"') + "-" + encoding + "\"" : asset.ETag;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = "no-cache";
            if (context.Request.Headers.IfNoneMatch.Contains(etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            response.ContentType = asset.ContentType;
            await asset.Body.WriteAsync(context);
        }).ExcludeFromDescription();

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(EmbeddedAssets).Assembly;
        var types = new FileExtensionContentTypeProvider();
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            if (!types.TryGetContentType(name, out var type)) type = "application/octet-stream";
            if (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal)) type += "; charset=utf-8";
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}\"";
            assets[name[Prefix.Length..]] = new Asset(Encoded.Of(bytes, type), type, etag);
        }
        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(Encoded Body, string ContentType, string ETag);
}
