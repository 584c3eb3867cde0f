using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

/// <summary>
/// One HTTP exchange with Neo4j: credentials, per-request timeout, streaming JSON parsing, and turning every way
/// a request can fail into the <see cref="Neo4jException"/> hierarchy. Shared by the client and its transactions.
/// </summary>
internal sealed class CypherHttpChannel(HttpClient http, CypherClientSettings settings, ILogger logger, Action onConnectionLost)
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    /// <summary>
    /// Deeper than the default 64: an EXPLAIN plan nests two JSON levels per operator, and a query of 40 UNIONs is
    /// already deeper than that. Still bounded, so reading a response never recurses without limit.
    /// </summary>
    internal const int MaxResponseDepth = 512;

    private static readonly JsonSerializerOptions ResponseOptions = new() { MaxDepth = MaxResponseDepth };

    private readonly AuthenticationHeaderValue? _authorization = settings.Password is null
        ? null
        : new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.User}:{settings.Password}")));

    public CypherClientSettings Settings => settings;

    public ILogger Logger => logger;

    /// <summary>
    /// POSTs a statements body and returns the parsed response, throwing the mapped exception when the
    /// <c>errors</c> array is non-empty: Neo4j reports statement failures with HTTP 200/201.
    /// </summary>
    public async Task<HttpReply<TransactionResponse>> PostStatementsAsync(
        Uri url, byte[] body, RequestKind kind, bool readOnly, CancellationToken cancellationToken)
    {
        var reply = await SendAsync<TransactionResponse>(HttpMethod.Post, url, body, kind, readOnly, cancellationToken).ConfigureAwait(false);
        if (reply.Body.Errors is [var first, ..]) throw Neo4jErrorMapper.Map(first.Code, first.Message, first.StackTrace);
        return reply;
    }

    /// <summary>
    /// POSTs one statement and reads at most <paramref name="limit"/> of its answer while it streams in; past the limit the
    /// response is abandoned unread (the connection is closed, so the server stops sending). Errors Neo4j reported in a
    /// fully read answer are thrown as the mapped exception.
    /// </summary>
    public async Task<CypherRowPage> PostStatementLimitedAsync(
        Uri url, byte[] body, RequestKind kind, bool readOnly, CypherRowLimit limit, bool includeGraph, bool waitForAnswer, CancellationToken cancellationToken)
    {
        var (page, error) = await ExchangeAsync(HttpMethod.Post, url, body, kind, readOnly,
            (_, stream, token) => LimitedResultReader.ReadAsync(stream, limit, includeGraph, token), cancellationToken,
            waitForAnswer ? Timeout.InfiniteTimeSpan : settings.RequestTimeout).ConfigureAwait(false);
        if (error is not null) throw Neo4jErrorMapper.Map(error.Code, error.Message, error.StackTrace);
        return page;
    }

    /// <summary>Sends one request and parses its JSON body as <typeparamref name="T"/>, all within the request timeout.</summary>
    public async Task<HttpReply<T>> SendAsync<T>(
        HttpMethod method, Uri url, byte[]? body, RequestKind kind, bool readOnly, CancellationToken cancellationToken)
        where T : class, new()
    {
        var timeout = kind == RequestKind.Discovery ? settings.DiscoveryTimeout : settings.RequestTimeout;
        return await ExchangeAsync(method, url, body, kind, readOnly, async (response, stream, token) =>
        {
            // 3.1 answers a rollback of a transaction whose query is still running with 200 and no body at all.
            var parsed = response.Content.Headers.ContentLength == 0
                ? new T()
                : await JsonSerializer.DeserializeAsync<T>(stream, ResponseOptions, token).ConfigureAwait(false) ?? new T();
            return new HttpReply<T>(parsed, response.Headers.Location is { } location ? Rebase(new Uri(url, location)) : null);
        }, cancellationToken, timeout).ConfigureAwait(false);
    }

    // One request: headers, the status check and every way it can fail mapped to Neo4jException; the successful body is
    // handed to readBody as a stream, within the request timeout.
    private async Task<T> ExchangeAsync<T>(
        HttpMethod method, Uri url, byte[]? body, RequestKind kind, bool readOnly,
        Func<HttpResponseMessage, Stream, CancellationToken, Task<T>> readBody, CancellationToken cancellationToken, TimeSpan? requestTimeout = null)
    {
        // The timeout is a separate token so that it can be told apart from the caller's cancellation:
        // a timeout is a dropped connection (retriable), a cancellation is the caller's wish (never retried).
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var limit = requestTimeout ?? settings.RequestTimeout;
        timeout.CancelAfter(limit);
        try
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            request.Headers.Authorization = _authorization;
            if (readOnly) request.Headers.TryAddWithoutValidation("access-mode", "READ");
            if (body is not null) request.Content = new ByteArrayContent(body) { Headers = { ContentType = JsonContentType } };

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using var disposeStream = stream.ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var errorBody = await TryReadAsync<TransactionResponse>(stream, timeout.Token).ConfigureAwait(false);
                throw StatusError(response.StatusCode, method, url, kind, errorBody);
            }

            return await readBody(response, stream, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && kind == RequestKind.Discovery)
        {
            throw Unavailable(new TimeoutException($"No answer to {method} {url} within {limit}.", ex),
                $"it accepted the connection but sent no answer to {method} {url.AbsolutePath} within {limit.TotalSeconds:0.#} s (a hung server, or not Neo4j on that port)", retriable: false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw Unavailable(new TimeoutException($"No complete answer to {method} {url} within {limit}.", ex));
        }
        catch (HttpRequestException ex)
        {
            throw Unavailable(ex);
        }
        catch (IOException ex)
        {
            // The connection broke while the body was being read.
            throw Unavailable(ex);
        }
        catch (JsonException ex)
        {
            throw new Neo4jException("Tkg.InvalidResponse",
                $"Neo4j at {settings.ServerUri} answered {method} {url.AbsolutePath} with a body that is not the expected JSON: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Moves a URL the server handed us (discovery links, <c>Location</c>, <c>commit</c>) onto the scheme, host and
    /// port we were configured with: behind Docker port mappings and proxies the server advertises its own idea of them.
    /// </summary>
    public Uri Rebase(Uri fromServer)
    {
        if (!fromServer.IsAbsoluteUri) return new Uri(settings.ServerUri, fromServer);
        return new UriBuilder(fromServer)
        {
            Scheme = settings.ServerUri.Scheme,
            Host = settings.ServerUri.Host,
            Port = settings.ServerUri.Port,
        }.Uri;
    }

    private Neo4jUnavailableException Unavailable(Exception inner, string? reason = null, bool retriable = true)
    {
        CypherLog.ConnectionLost(logger, settings.ServerUri);
        onConnectionLost();
        return new Neo4jUnavailableException(settings.ServerUri, inner, reason, retriable);
    }

    private Neo4jException StatusError(HttpStatusCode status, HttpMethod method, Uri url, RequestKind kind, TransactionResponse? body)
    {
        var error = body?.Errors.FirstOrDefault();
        var uri = settings.ServerUri;
        switch (status)
        {
            case HttpStatusCode.Unauthorized:
                return new Neo4jAuthenticationException(error?.Code ?? "Neo.ClientError.Security.Unauthorized",
                    $"Neo4j at {uri} rejected user '{settings.User}': wrong user or password");
            // 429 after repeated failed logins (3 on Neo4j 3.1): Neo4j then refuses the user for 5 s whatever the
            // password, so its own "Too many failed authentication requests" hid the cause, a wrong password, from
            // whoever had it wrong, and a right one set meanwhile failed too. Said as the wrong password it follows from.
            case HttpStatusCode.TooManyRequests when error?.Code == "Neo.ClientError.Security.AuthenticationRateLimit":
                return new Neo4jAuthenticationException(error.Code,
                    $"Neo4j at {uri} rejected user '{settings.User}': wrong user or password, tried too often, so Neo4j refuses every login " +
                    $"of the user for a few seconds ({error.Message.Trim()})");
            case HttpStatusCode.Forbidden when body?.PasswordChange is not null:
                return new Neo4jAuthenticationException(error?.Code ?? "Neo.ClientError.Security.Forbidden",
                    $"Neo4j at {uri} requires user '{settings.User}' to change the password before it can be used; " +
                    "set a new password (POST /user/<user>/password or the Neo4j Browser) and configure it");
            case HttpStatusCode.Forbidden when error is null:
                return new Neo4jAuthenticationException("Neo.ClientError.Security.Forbidden",
                    $"Neo4j at {uri} refused user '{settings.User}' access to {method} {url.AbsolutePath}");
        }

        if (error is not null && !string.IsNullOrEmpty(error.Code)) return Neo4jErrorMapper.Map(error.Code, error.Message, error.StackTrace);

        return status switch
        {
            HttpStatusCode.NotFound when kind == RequestKind.OpenTransaction => new TransactionNotFoundException(
                "Neo.ClientError.Transaction.TransactionNotFound", $"Transaction {url} is unknown to Neo4j at {uri}: it expired or was closed"),
            // A proxy or a server that is starting or stopping: the same as not reaching it at all.
            HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout =>
                Unavailable(new HttpRequestException($"{method} {url} answered {(int)status} {status}", null, status)),
            _ => new Neo4jException($"Tkg.Http.{(int)status}", $"Neo4j at {uri} answered {method} {url.AbsolutePath} with HTTP {(int)status} {status}"),
        };
    }

    private static async Task<T?> TryReadAsync<T>(Stream stream, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            // Error pages from proxies and empty 404 bodies are not JSON; the status code alone will have to do.
            return null;
        }
    }
}
