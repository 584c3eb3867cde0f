using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// The JSON body an endpoint reads, said in words for an error: "a JSON object with the fields query (text),
/// parameters (an object), limit (a whole number) and timeoutSeconds (a number)". Read from the endpoint's metadata (the
/// type its body binds to) and the app's JSON options (the names the binder reads), so it follows the endpoint as it
/// changes, and names no C# type.
/// </summary>
internal static class BodyShape
{
    /// <summary>The body <paramref name="endpoint"/> reads, or null when it declares none.</summary>
    public static string? Of(Endpoint? endpoint, IServiceProvider services)
    {
        if (endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is not { } type) return null;
        var json = services.GetService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>()?.Value.SerializerOptions ?? JsonSerializerOptions.Web;
        var info = json.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object || info.Properties.Count == 0) return "JSON: " + Words(type);
        var fields = info.Properties.Select(p => $"{p.Name} ({Words(p.PropertyType)})").ToList();
        var listed = fields.Count == 1 ? fields[0] : string.Join(", ", fields.Take(fields.Count - 1)) + " and " + fields[^1];
        return $"a JSON object with the field{(fields.Count == 1 ? "" : "s")} {listed}";
    }

    private static string Words(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "text",
        var t when t == typeof(int) || t == typeof(long) || t == typeof(short) => "a whole number",
        var t when t == typeof(double) || t == typeof(float) || t == typeof(decimal) => "a number",
        var t when t == typeof(bool) => "true or false",
        var t when t == typeof(JsonElement) => "any JSON value",
        var t when typeof(IDictionary).IsAssignableFrom(t) => "an object",
        var t when typeof(IEnumerable).IsAssignableFrom(t) => "a list",
        _ => "an object",
    };
}
