namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// Rows of an import batch found no actor (or region) at the node id this run wrote it to: someone else deleted or
/// replaced the dataset's actors or regions during the import. The run stops; the dataset stays marked incomplete and the next run repairs it.
/// </summary>
public sealed class ImportInterferenceException(string dataset, long missing, long rows)
    : Exception($"import of '{dataset}' stopped: {missing} of {rows} rows of a batch no longer found their actors or regions " +
                "(deleted or replaced by another client during the import); run the import again to repair the dataset")
{
    public string Dataset { get; } = dataset;
}
