using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace TimKnowledgeGraph.Tests.LocalServer;

/// <summary>Neo4j 3.x's transactional HTTP endpoint, spoken directly: these tests check the server, not our client.</summary>
internal static class RawCypher
{
    public sealed record Response(HttpStatusCode Status, JsonElement Body)
    {
        public JsonElement Errors => Body.GetProperty("errors");

        public JsonElement FirstRow => Body.GetProperty("results")[0].GetProperty("data")[0].GetProperty("row");
    }

    public static async Task<Response> CommitAsync(
        Uri httpUri, string user, string password, string statement, object? parameters = null)
    {
        using var http = new HttpClient { BaseAddress = httpUri, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        var request = new { statements = new[] { new { statement, parameters = parameters ?? new { } } } };
        using var response = await http.PostAsJsonAsync("db/data/transaction/commit", request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new Response(response.StatusCode, body);
    }
}
