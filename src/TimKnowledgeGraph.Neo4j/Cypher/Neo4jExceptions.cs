namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// An error reported by Neo4j, carrying its status code (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>).
/// Which subclass is thrown is decided in one table, <c>Neo4jErrorMapper</c>, from the code alone.
/// </summary>
public class Neo4jException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    public string Code { get; } = code;

    /// <summary>True when running the whole transaction again may succeed.</summary>
    public virtual bool IsRetriable => false;
}

/// <summary>The request was wrong (syntax, parameters, schema, constraint violation). Never retried.</summary>
public class Neo4jClientException(string code, string message) : Neo4jException(code, message);

/// <summary>A Cypher syntax error.</summary>
public sealed class CypherSyntaxException(string code, string message) : Neo4jClientException(code, message);

/// <summary>
/// The query's own values failed it while it ran (an invalid regular expression, a substring outside its text, a division
/// by zero), which Neo4j 3.1 reports as a DatabaseError: a fault of the query, said as one line of Neo4j's message
/// (<c>Unclosed character class near index 0</c>; the lines after it repeat the pattern and point at the fault).
/// </summary>
public sealed class CypherQueryFaultException(string code, string message) : Neo4jClientException(code, Neo4jDatabaseException.FirstLine(message));

/// <summary>A uniqueness or other constraint was violated.</summary>
public sealed class ConstraintViolationException(string code, string message) : Neo4jClientException(code, message);

/// <summary>Wrong user or password, or a password change is required.</summary>
public sealed class Neo4jAuthenticationException(string code, string message) : Neo4jClientException(code, message);

/// <summary>
/// The statement met a node or relationship that no longer exists (e.g. "Unable to load NODE with id 2240."): another
/// transaction deleted it while this one was reading it.
/// </summary>
public sealed class EntityNotFoundException(string code, string message) : Neo4jClientException(code, message);

/// <summary>The transaction is unknown to the server (expired or already closed).</summary>
public sealed class TransactionNotFoundException(string code, string message) : Neo4jClientException(code, message);

/// <summary>A transient failure (deadlock, leader switch, out of memory for the moment): retry the transaction.</summary>
public sealed class Neo4jTransientException(string code, string message) : Neo4jException(code, message)
{
    public override bool IsRetriable => true;
}

/// <summary>
/// The database itself failed. <see cref="Exception.Message"/> is the first line of Neo4j's message, at most 300
/// characters: Neo4j 3.1 follows it with parser rule paths and Java exceptions (a query nested 5,000 brackets deep gave
/// 54 KB of them), which are no use to a reader and were passed on to clients. The whole text is <see cref="ServerMessage"/>.
/// </summary>
public sealed class Neo4jDatabaseException(string code, string message) : Neo4jException(code, FirstLine(message))
{
    private const int MaxMessageChars = 300;

    /// <summary>Neo4j's message as it came, for the host's log.</summary>
    public string ServerMessage { get; } = message;

    internal static string FirstLine(string message)
    {
        var line = message.AsSpan();
        if (line.IndexOfAny('\r', '\n') is var end and >= 0) line = line[..end];
        line = line.Trim();
        if (line.Length == 0) return "Neo4j gave no message";
        return line.Length <= MaxMessageChars ? line.ToString() : string.Concat(line[..MaxMessageChars], "…");
    }
}

/// <summary>
/// The server could not be reached (refused, reset, timed out). Retried with backoff by RunAsync, unless
/// <paramref name="retriable"/> is false; <paramref name="reason"/>, when given, is said after the address.
/// </summary>
public sealed class Neo4jUnavailableException(Uri uri, Exception? inner = null, string? reason = null, bool retriable = true)
    : Neo4jException("Tkg.Unavailable", reason is null ? $"Neo4j unavailable at {uri}" : $"Neo4j unavailable at {uri}: {reason}", inner)
{
    public Uri Uri { get; } = uri;
    public override bool IsRetriable => retriable;
}
