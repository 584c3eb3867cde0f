namespace TimKnowledgeGraph.Graph.Import;

/// <summary>
/// Another run of the same dataset's import holds its claim (<see cref="ImportClaim"/>): this run was refused before it
/// wrote anything, or, having lost its own claim, stopped (the dataset stays marked incomplete for the next run to repair).
/// </summary>
public sealed class ImportInProgressException : Exception
{
    public ImportInProgressException(string dataset, TimeSpan lapsesIn)
        : base($"import of '{dataset}' refused: another import of it is running, and nothing was written; run the import again " +
               $"once that one has finished (a run that was killed leaves its claim to lapse, within {Math.Ceiling(lapsesIn.TotalSeconds):0} s)")
    {
        Dataset = dataset;
    }

    private ImportInProgressException(string dataset, string message) : base(message) => Dataset = dataset;

    /// <summary>The run's claim was gone when it renewed it or went to write: deleted with the Dataset, or taken over after it lapsed.</summary>
    public static ImportInProgressException TakenOver(string dataset) =>
        new(dataset, $"import of '{dataset}' stopped: its claim on the dataset was gone (the Dataset node deleted, or the claim taken over " +
                     "by another run after this one had not renewed it for its whole lease); run the import again to repair the dataset");

    public string Dataset { get; }
}
