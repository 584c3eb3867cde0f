namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>Why one of the read-only checks refuses a query: which check, what it refused, and a message for the user.</summary>
internal sealed record ReadOnlyRefusal(ReadOnlyCheck Check, string Operation, string Message)
{
    /// <summary>The exception that carries this refusal to the caller.</summary>
    public ReadOnlyViolationException ToException() => new(Check, Operation, Message);
}
