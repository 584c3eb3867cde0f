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
