namespace TimKnowledgeGraph.Host.Web.Data.Rows;

/// <summary>
/// One query's answer as typed rows; <see cref="Available"/> is false when the build has no such query (the page says
/// so instead of failing).
/// </summary>
internal sealed record PageAnswer<T>(string Name, bool Available, IReadOnlyList<T> Rows)
{
    /// <summary>The first row, or null.</summary>
    public T? First => Rows.Count > 0 ? Rows[0] : default;
}
