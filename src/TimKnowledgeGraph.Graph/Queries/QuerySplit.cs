namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>
/// A query that can count a large dataset on several cores at once (Neo4j 3.1 runs each query on one thread). It
/// declares <c>// @split N by key, ...</c> and reads <c>$part</c> and <c>$parts</c>: run with <c>parts = N</c> and
/// <c>part = 0 .. N-1</c>, each run counts a disjoint share of the data. <see cref="QueryParts.Combine"/> then puts the
/// rows together: rows with the same key columns become one, their integer columns added up (so every integer column
/// of such a query must be a count over the parts), the <c>// @ratio column = numerator / denominator</c> columns
/// computed again from the sums, and every other column must agree. Rows come back ordered by the key columns.
/// </summary>
/// <param name="Parts">How many parts run at once.</param>
/// <param name="KeyColumns">The columns that identify a row across the parts.</param>
/// <param name="Ratios">Columns recomputed from the summed counts.</param>
public sealed record QuerySplit(int Parts, IReadOnlyList<string> KeyColumns, IReadOnlyList<QueryRatio> Ratios)
{
    /// <summary>The parameter that says which part a run counts (0 .. parts - 1).</summary>
    public const string PartParameter = "part";

    /// <summary>The parameter that says into how many parts the data is split; 1 is the whole answer in one run.</summary>
    public const string PartsParameter = "parts";
}

/// <summary><c>// @ratio Column = Numerator / Denominator</c>: 0.0 when the denominator is 0.</summary>
public sealed record QueryRatio(string Column, string Numerator, string Denominator);
