namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// A data file changed during the import: the write pass read a row that names an actor or layer validation did not
/// see, or the file could not be opened again (removed, or replaced by a named pipe). The run stops; the dataset stays
/// marked incomplete and the next run, which validates the file as it is then, repairs it.
/// </summary>
public sealed class ImportSourceChangedException : Exception
{
    public ImportSourceChangedException(string dataset, string file, int line)
        : base(Stopped(dataset, $"{file}:{line} is not what validation read (the file changed during the import)")) => Dataset = dataset;

    public ImportSourceChangedException(string dataset, string file, Exception reopening)
        : base(Stopped(dataset, $"{file} could not be opened again ({reopening.Message})"), reopening) => Dataset = dataset;

    public string Dataset { get; }

    private static string Stopped(string dataset, string what) =>
        $"import of '{dataset}' stopped: {what}; run the import again to repair the dataset";
}
