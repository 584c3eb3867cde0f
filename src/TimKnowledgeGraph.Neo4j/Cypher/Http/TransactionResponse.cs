using System.Text.Json.Serialization;

namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

/// <summary>
/// The body Neo4j returns from every transactional endpoint (3.x <c>/db/data/transaction</c>, 4.x/5.x <c>/db/{db}/tx</c>).
/// Only what we use is declared; <c>meta</c>, <c>graph</c>, <c>notifications</c> etc. are skipped while streaming.
/// </summary>
internal sealed class TransactionResponse
{
    /// <summary>Commit URL of an explicit transaction.</summary>
    [JsonPropertyName("commit")] public string? Commit { get; set; }

    [JsonPropertyName("results")] public List<StatementResultDto> Results { get; set; } = [];

    /// <summary>Non-empty on failure, whatever the HTTP status (usually 200/201).</summary>
    [JsonPropertyName("errors")] public List<ServerErrorDto> Errors { get; set; } = [];

    /// <summary>Present on 403 when the user must change the password first (3.x).</summary>
    [JsonPropertyName("password_change")] public string? PasswordChange { get; set; }
}

/// <summary>One entry of <c>errors</c>.</summary>
internal sealed class ServerErrorDto
{
    [JsonPropertyName("code")] public string Code { get; set; } = "";
    [JsonPropertyName("message")] public string Message { get; set; } = "";

    /// <summary>
    /// The Java stack trace Neo4j 3.x sends with a DatabaseError; its first word names the exception that failed the
    /// statement, which tells a fault of the query's own values from a failure of the database (Neo4jErrorMapper).
    /// </summary>
    [JsonPropertyName("stackTrace")] public string? StackTrace { get; set; }
}
