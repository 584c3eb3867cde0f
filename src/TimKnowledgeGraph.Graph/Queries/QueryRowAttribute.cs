namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>
/// Marks a record as one row of a named query: its constructor's parameters are bound from the columns of the same
/// name (<c>Name</c> from <c>name</c>), and <see cref="RowBinder.CheckAll"/> checks them against the query's
/// <c>// @returns</c> at start-up, so a renamed column fails there, naming the file and line, not on a page.
/// </summary>
/// <param name="query">The query's name, e.g. <c>web-concepts</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class QueryRowAttribute(string query) : Attribute
{
    /// <summary>The query's name.</summary>
    public string Query { get; } = query;
}
