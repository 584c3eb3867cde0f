namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// The one table from Neo4j status codes to exception types. Decided on the code alone, never on message text,
/// because messages change between server versions and languages while codes are a stable contract.
/// </summary>
internal static class Neo4jErrorMapper
{
    /// <summary>The exception for a server-reported error <paramref name="code"/> with its <paramref name="message"/>.</summary>
    public static Neo4jException Map(string code, string message)
    {
        ArgumentNullException.ThrowIfNull(code);
        message ??= string.Empty;
        return code switch
        {
            "Neo.ClientError.Statement.SyntaxError" => new CypherSyntaxException(code, message),
            "Neo.ClientError.Schema.ConstraintValidationFailed" => new ConstraintViolationException(code, message),
            "Neo.ClientError.Transaction.TransactionNotFound" => new TransactionNotFoundException(code, message),
            "Neo.ClientError.Statement.EntityNotFound" => new EntityNotFoundException(code, message),

            // Transient by name, but someone (an administrator, a timeout, a shutdown) deliberately stopped the
            // transaction: running it again would only repeat that. The official drivers reclassify both as client
            // errors; so do we, keeping the server's original code on the exception.
            "Neo.TransientError.Transaction.Terminated" => new Neo4jClientException(code, message),
            "Neo.TransientError.Transaction.LockClientStopped" => new Neo4jClientException(code, message),

            _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => new Neo4jAuthenticationException(code, message),
            _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new Neo4jClientException(code, message),
            _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new Neo4jTransientException(code, message),
            _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => new Neo4jDatabaseException(code, message),

            // An unknown classification: not retriable, since we cannot tell that trying again is safe.
            _ => new Neo4jException(code, message),
        };
    }
}
