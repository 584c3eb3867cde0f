using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Tests.Cypher;

public class Neo4jErrorMapperTests
{
    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", typeof(CypherSyntaxException))]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", typeof(ConstraintViolationException))]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(Neo4jAuthenticationException))]
    [InlineData("Neo.ClientError.Security.Forbidden", typeof(Neo4jAuthenticationException))]
    [InlineData("Neo.ClientError.Transaction.TransactionNotFound", typeof(TransactionNotFoundException))]
    [InlineData("Neo.ClientError.Statement.EntityNotFound", typeof(EntityNotFoundException))]
    [InlineData("Neo.ClientError.Statement.ParameterMissing", typeof(Neo4jClientException))]
    [InlineData("Neo.ClientError.Transaction.ForbiddenDueToTransactionType", typeof(Neo4jClientException))]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", typeof(Neo4jTransientException))]
    [InlineData("Neo.TransientError.General.OutOfMemoryError", typeof(Neo4jTransientException))]
    [InlineData("Neo.TransientError.Transaction.Terminated", typeof(Neo4jClientException))]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", typeof(Neo4jClientException))]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(Neo4jDatabaseException))]
    [InlineData("Something.Else", typeof(Neo4jException))]
    public void ShouldMapEachCodeToItsExceptionType(string code, Type expected)
    {
        var exception = Neo4jErrorMapper.Map(code, "message from the server");

        Assert.IsType(expected, exception);
        Assert.Equal(code, exception.Code);
        Assert.Equal("message from the server", exception.Message);
    }

    [Theory]
    [InlineData("Invalid input 'F': expected hex digit\n  at org.parboiled.Rule.match(...)\njava.lang.NumberFormatException: For input string", "Invalid input 'F': expected hex digit")]
    [InlineData("\n", "Neo4j gave no message")]
    public void A_database_error_says_the_first_line_of_what_Neo4j_said_and_keeps_the_rest_for_the_log(string server, string shown)
    {
        var exception = (Neo4jDatabaseException)Neo4jErrorMapper.Map("Neo.DatabaseError.General.UnknownError", server);

        Assert.Equal(shown, exception.Message);
        Assert.Equal(server, exception.ServerMessage);
    }

    // As Neo4j 3.1.1 answered `n.name =~ '['`, `substring('abc', -1)` and `WITH 0 AS z RETURN 7 % z`: the query's fault.
    [Theory]
    [InlineData("Unclosed character class near index 0\n[\n^", "java.util.regex.PatternSyntaxException: Unclosed character class near index 0\n[\n^\n\tat java.base/java.util.regex.Pattern.error(Pattern.java:2028)", "Unclosed character class near index 0")]
    [InlineData("begin -1, end 3, length 3", "java.lang.StringIndexOutOfBoundsException: begin -1, end 3, length 3\n\tat java.base/java.lang.String.checkBoundsBeginEnd", "begin -1, end 3, length 3")]
    [InlineData("/ by zero", "java.lang.ArithmeticException: / by zero\n\tat org.neo4j.cypher", "/ by zero")]
    public void An_execution_failure_on_the_querys_own_values_is_a_client_error_of_one_line(string message, string stackTrace, string shown)
    {
        var exception = Neo4jErrorMapper.Map("Neo.DatabaseError.Statement.ExecutionFailed", message, stackTrace);

        var fault = Assert.IsType<CypherQueryFaultException>(exception);
        Assert.Equal("Neo.DatabaseError.Statement.ExecutionFailed", fault.Code);
        Assert.Equal(shown, fault.Message);
        Assert.False(fault.IsRetriable);
    }

    // Narrowly: another exception, another code, or no stack trace at all stays a failure of the database.
    [Theory]
    [InlineData("Neo.DatabaseError.Statement.ExecutionFailed", "java.lang.OutOfMemoryError: Cannot index an collection of size 3000000001")]
    [InlineData("Neo.DatabaseError.Statement.ExecutionFailed", "java.lang.NullPointerException\n\tat org.neo4j")]
    [InlineData("Neo.DatabaseError.Statement.ExecutionFailed", null)]
    [InlineData("Neo.DatabaseError.General.UnknownError", "java.lang.ArithmeticException: / by zero")]
    [InlineData("Neo.DatabaseError.Statement.ExecutionFailed", "org.example.java.util.regex.PatternSyntaxExceptionLike: x")]
    public void Any_other_execution_failure_stays_a_database_error(string code, string? stackTrace)
    {
        Assert.IsType<Neo4jDatabaseException>(Neo4jErrorMapper.Map(code, "m", stackTrace));
    }

    [Fact]
    public void A_database_error_of_one_long_line_is_cut()
    {
        var exception = (Neo4jDatabaseException)Neo4jErrorMapper.Map("Neo.DatabaseError.General.UnknownError", new string('(', 54_000));

        Assert.Equal(new string('(', 300) + "…", exception.Message);
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true)]
    [InlineData("Neo.TransientError.Cluster.NotALeader", true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", false)]
    public void ShouldOnlyCallTransientErrorsRetriable(string code, bool retriable)
    {
        Assert.Equal(retriable, Neo4jErrorMapper.Map(code, "m").IsRetriable);
    }

    [Fact]
    public void ShouldDecideOnTheCodeNotTheMessage()
    {
        var exception = Neo4jErrorMapper.Map("Neo.ClientError.Statement.SyntaxError", "deadlock detected, please retry");

        Assert.IsType<CypherSyntaxException>(exception);
        Assert.False(exception.IsRetriable);
    }
}
