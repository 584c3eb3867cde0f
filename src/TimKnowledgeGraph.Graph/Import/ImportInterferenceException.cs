namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// Rows of an import batch found no actor (or region) at the node id this run wrote it to: someone else deleted or
/// replaced the dataset's actors or regions during the import. The run stops; the dataset stays marked incomplete and the next run repairs it.
/// </summary>
public sealed class ImportInterferenceException : Exception
{
    public ImportInterferenceException(string dataset, long missing, long rows)
        : this(dataset, $"{missing} of {rows} rows of a batch no longer found their actors or regions", null) { }

    /// <summary>Neo4j stopped a batch that met a node another client was deleting (<paramref name="inner"/> says which).</summary>
    public ImportInterferenceException(string dataset, Exception inner)
        : this(dataset, "a batch met an actor or region as it was being deleted", inner) { }

    /// <summary>The Dataset node was not found when the run went to mark it complete.</summary>
    public static ImportInterferenceException DatasetGone(string dataset) =>
        new(dataset, "its Dataset node was no longer found when the run went to mark it complete", null);

    private ImportInterferenceException(string dataset, string what, Exception? inner)
        : base($"import of '{dataset}' stopped: {what} (deleted or replaced by another client during the import); " +
               "run the import again to repair the dataset", inner)
    {
        Dataset = dataset;
    }

    public string Dataset { get; }
}
