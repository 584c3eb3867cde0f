namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>Why a query could not be split into tokens, and where.</summary>
/// <param name="Message">What was found and what was expected.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
internal sealed record CypherLexError(string Message, int Line, int Column)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
