namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// The write pass read a row that names an actor or layer validation did not see: the data file changed during the
/// import. The run stops; the dataset stays marked incomplete and the next run, which validates the file as it is then,
/// repairs it.
/// </summary>
public sealed class ImportSourceChangedException(string dataset, string file, int line)
    : Exception($"import of '{dataset}' stopped: {file}:{line} is not what validation read (the file changed during the import); " +
                "run the import again to repair the dataset")
{
    public string Dataset { get; } = dataset;
}
