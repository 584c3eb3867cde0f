using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>Limits for one raw read-only query.</summary>
/// <param name="MaxRows">Rows returned at most; more rows set <see cref="ReadOnlyQueryResult.Truncated"/>.</param>
/// <param name="Timeout">Wall-clock limit for planning and running the query.</param>
/// <param name="IncludeGraph">
/// Also return the nodes and relationships of the rows read (<see cref="ReadOnlyQueryResult.Graph"/>), capped by
/// <see cref="CypherRowLimit.MaxGraphNodes"/> and <see cref="CypherRowLimit.MaxGraphRelationships"/>.
/// </param>
public sealed record ReadOnlyQueryOptions(int MaxRows = 1000, TimeSpan? Timeout = null, bool IncludeGraph = false)
{
    /// <summary>The largest row limit a caller may ask for.</summary>
    public const int MaxRowsCeiling = 100_000;

    /// <summary>Whether <paramref name="rows"/> is a row limit a caller may ask for (0 asks for the columns only).</summary>
    public static bool IsAllowedMaxRows(int rows) => rows is >= 0 and <= MaxRowsCeiling;

    /// <summary>Default wall-clock limit.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The shortest time limit a caller may ask for (a <see cref="TimeSpan"/> counts 100 ns ticks: less rounds to nothing).</summary>
    public const double MinTimeoutSeconds = 0.001;

    /// <summary>The longest time limit a caller may ask for.</summary>
    public const double MaxTimeoutSeconds = 300;

    /// <summary>Whether <paramref name="seconds"/> is a time limit a caller may ask for (NaN is not).</summary>
    public static bool IsAllowedTimeout(double seconds) => seconds is >= MinTimeoutSeconds and <= MaxTimeoutSeconds;

    /// <summary>The limit in effect.</summary>
    public TimeSpan EffectiveTimeout => Timeout ?? DefaultTimeout;
}

/// <summary>The rows of a raw read-only query, cut at the row limit.</summary>
/// <param name="Truncated">True when the query produced more rows than <paramref name="MaxRows"/>.</param>
/// <param name="Graph">The rows' nodes and relationships when <see cref="ReadOnlyQueryOptions.IncludeGraph"/> asked for them; else null.</param>
public sealed record ReadOnlyQueryResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    bool Truncated,
    int MaxRows,
    TimeSpan Elapsed,
    CypherGraph? Graph = null)
{
    /// <summary>Rows as column-name → value maps.</summary>
    public IEnumerable<IReadOnlyDictionary<string, object?>> Records() => new CypherResult(Columns, Rows, null).Records();
}
