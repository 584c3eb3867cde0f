namespace TimKnowledgeGraph.Host.Output;

/// <summary>What the API and the command line say of a wave a dataset does not declare, in one wording each.</summary>
internal static class WaveWords
{
    /// <summary>The API's parameter sentence: "must be a wave of dataset 'x' (w1, w2)", or that the dataset declares none.</summary>
    public static string MustBe(string dataset, IReadOnlyList<string> waves) =>
        waves.Count > 0 ? $"must be a wave of dataset '{dataset}' ({string.Join(", ", waves)})" : $"cannot be used: dataset '{dataset}' declares no waves";

    /// <summary>The command line's: "'w9' is not a wave of dataset 'x' (w1, w2, w3)", or "(it declares none)".</summary>
    public static string NotAWave(string wave, string dataset, IReadOnlyList<string> waves) =>
        $"'{CutText.Echo(wave)}' is not a wave of dataset '{dataset}' ({(waves.Count > 0 ? string.Join(", ", waves) : "it declares none")})";
}
