namespace TimKnowledgeGraph.Neo4j.Cypher;

/// <summary>
/// The one table from Neo4j status codes to exception types. Decided on the code alone, never on message text,
/// because messages change between server versions and languages while codes are a stable contract.
/// </summary>
internal static class Neo4jErrorMapper
{
    // What Neo4j 3.1 throws, while running a statement, on the query's own values, and reports as a failure of the
    // database (Neo.DatabaseError.Statement.ExecutionFailed) although the query is at fault: an invalid regular expression
    // (`n.name =~ '['`), a substring/left/right outside its text, an integer division or modulo by zero of a value only
    // known while running (`WITH 0 AS z RETURN 7 % z`). Neo4j 3.3+ and 5.x report each of these as a client error
    // (Statement.SyntaxError/SemanticError "Invalid Regex", Statement.ArgumentError, Statement.ArithmeticError), and 5.x
    // lists no DatabaseError caused by query text. Only these exceptions: anything else that fails a statement stays a
    // failure of the database.
    private static readonly HashSet<string> QueryFaults = new(StringComparer.Ordinal)
    {
        "java.util.regex.PatternSyntaxException",
        "java.lang.StringIndexOutOfBoundsException",
        "java.lang.ArithmeticException",
    };

    /// <summary>
    /// The exception for a server-reported error <paramref name="code"/> with its <paramref name="message"/>;
    /// <paramref name="stackTrace"/> is the Java stack trace Neo4j 3.x sends with a DatabaseError.
    /// </summary>
    public static Neo4jException Map(string code, string message, string? stackTrace = null)
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

            // Decided on the Java exception's class, the first word of the stack trace: as stable as a code, unlike the message.
            "Neo.DatabaseError.Statement.ExecutionFailed" when QueryFaults.Contains(JavaException(stackTrace)) => new CypherQueryFaultException(code, message),

            _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => new Neo4jAuthenticationException(code, message),
            _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new Neo4jClientException(code, message),
            _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new Neo4jTransientException(code, message),
            _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => new Neo4jDatabaseException(code, message),

            // An unknown classification: not retriable, since we cannot tell that trying again is safe.
            _ => new Neo4jException(code, message),
        };
    }

    // "java.util.regex.PatternSyntaxException: Unclosed character class near index 0\n[\n^\n\tat ..." → the class name.
    private static string JavaException(string? stackTrace)
    {
        if (string.IsNullOrEmpty(stackTrace)) return "";
        var end = stackTrace.AsSpan().IndexOfAny(':', '\n', ' ');
        return end < 0 ? stackTrace : stackTrace[..end];
    }
}
