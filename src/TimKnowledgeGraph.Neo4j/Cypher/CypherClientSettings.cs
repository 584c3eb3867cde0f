using System.Text;
using TimKnowledgeGraph.Neo4j.Configuration;

namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// Everything <see cref="HttpCypherClient"/> needs to know about its server: where it is, who to log in as,
/// which database, and how patient to be. Immutable; build it once per application.
/// </summary>
/// <param name="ServerUri">HTTP(S) root of the server, e.g. http://127.0.0.1:7474/.</param>
/// <param name="User">User for basic authentication.</param>
/// <param name="Password">Password; null sends no credentials (a server with auth disabled).</param>
/// <param name="Database">Database name substituted into the 4.x/5.x endpoint template; ignored by 3.x.</param>
internal sealed record CypherClientSettings(Uri ServerUri, string User, string? Password, string Database = "neo4j")
{
    /// <summary>How long one HTTP request (including reading its response) may take before it counts as a dropped connection.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long the first contact (<c>GET /</c>) may take. Neo4j answers it at once; a server that accepts connections and
    /// never answers (a hung process, something else on the port) would otherwise hold every command for
    /// <see cref="RequestTimeout"/>. Not retried: a server silent this long is not about to answer.
    /// </summary>
    public TimeSpan DiscoveryTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How many times <see cref="ICypherClient.RunAsync"/> runs a transaction again after a retriable failure.</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>Delay before the first retry; doubled on each further retry, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Settings from bound <see cref="Neo4jOptions"/>. <paramref name="serverUri"/> is the address to use when
    /// the options name none (the product's own local server); an explicit <see cref="Neo4jOptions.Uri"/> wins.
    /// </summary>
    public static CypherClientSettings FromOptions(Neo4jOptions options, Uri? serverUri = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var uri = options.Uri ?? serverUri
            ?? throw new ArgumentException("Neo4jOptions.Uri is empty and no local server address was given.", nameof(serverUri));
        return new CypherClientSettings(uri, options.User, options.Password, options.Database)
        {
            RequestTimeout = options.RequestTimeout,
            DiscoveryTimeout = options.DiscoveryTimeout,
            MaxRetries = options.MaxRetries,
            RetryDelay = options.RetryDelay,
        };
    }

    // Records print every property; keep the password out of logs and exception messages.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"ServerUri = {ServerUri}, User = {User}, Password = {(Password is null ? "null" : "***")}, ");
        builder.Append($"Database = {Database}, RequestTimeout = {RequestTimeout}, DiscoveryTimeout = {DiscoveryTimeout}, MaxRetries = {MaxRetries}, RetryDelay = {RetryDelay}");
        return true;
    }
}
