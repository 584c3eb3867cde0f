using System.Net;
using System.Text;

namespace TimKnowledgeGraph.Tests.Cypher;

/// <summary>A recorded request: what the client sent.</summary>
internal sealed record SentRequest(HttpMethod Method, Uri Uri, string? Body, HttpRequestMessage Message)
{
    public string Path => Uri.AbsolutePath;

    public string? Header(string name) => Message.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}

/// <summary>
/// An <see cref="HttpMessageHandler"/> that plays a canned Neo4j: routes match on method and path (a later route
/// overrides an earlier one), each route
/// answers from a queue (the last answer repeats), and every request is recorded.
/// </summary>
internal sealed class FakeNeo4jHandler : HttpMessageHandler
{
    private readonly List<(HttpMethod Method, string Path, Queue<Func<HttpResponseMessage>> Answers)> _routes = [];

    public List<SentRequest> Requests { get; } = [];

    public IEnumerable<SentRequest> To(HttpMethod method, string path) => Requests.Where(r => r.Method == method && r.Path == path);

    /// <summary>Answers <paramref name="method"/> <paramref name="path"/> with these bodies in turn.</summary>
    public FakeNeo4jHandler On(HttpMethod method, string path, params Func<HttpResponseMessage>[] answers)
    {
        _routes.Add((method, path, new Queue<Func<HttpResponseMessage>>(answers)));
        return this;
    }

    public FakeNeo4jHandler On(HttpMethod method, string path, params string[] jsonBodies) =>
        On(method, path, jsonBodies.Select(b => (Func<HttpResponseMessage>)(() => Json(HttpStatusCode.OK, b))).ToArray());

    /// <summary>The 3.1.1 discovery documents, as served by the real server.</summary>
    public FakeNeo4jHandler WithServer31() => this
        .On(HttpMethod.Get, "/", RealResponses.Root31)
        .On(HttpMethod.Get, "/db/data/", RealResponses.Data31);

    public static HttpResponseMessage Json(HttpStatusCode status, string body, string? location = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (location is not null) response.Headers.Location = new Uri(location);
        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new SentRequest(request.Method, request.RequestUri!, body, request));
        var route = _routes.LastOrDefault(r => r.Method == request.Method && r.Path == request.RequestUri!.AbsolutePath);
        if (route.Answers is null) return Json(HttpStatusCode.NotFound, "");
        var answer = route.Answers.Count > 1 ? route.Answers.Dequeue() : route.Answers.Peek();
        return answer();
    }
}
