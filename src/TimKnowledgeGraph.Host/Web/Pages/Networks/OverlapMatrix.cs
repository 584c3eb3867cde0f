namespace TimKnowledgeGraph.Host.Web.Pages.Networks;

/// <summary>
/// The layer-overlap rows (one per unordered pair) as a symmetric matrix for the heat map. Every cell keeps its
/// number; the shade (h0..h10) only repeats it for the eye.
/// </summary>
internal sealed class OverlapMatrix
{
    private readonly Dictionary<(string, string), OverlapRow> _pairs = [];

    /// <summary>Builds the matrix over <paramref name="layers"/> (web-layers rows, in order) from layer-overlap rows.</summary>
    public OverlapMatrix(IReadOnlyList<LayerRow> layers, IReadOnlyList<OverlapRow> overlap)
    {
        Layers = layers;
        foreach (var row in overlap)
        {
            var (a, b) = (row.LayerA ?? "", row.LayerB ?? "");
            _pairs[(a, b)] = row;
            _pairs[(b, a)] = row;
        }
    }

    /// <summary>The layers, rows and columns alike.</summary>
    public IReadOnlyList<LayerRow> Layers { get; }

    /// <summary>The overlap row of two different layers, or null.</summary>
    public OverlapRow? Pair(string? a, string? b) => _pairs.GetValueOrDefault((a ?? "", b ?? ""));

    /// <summary>The shade class of a Jaccard index: h0 (none) to h10 (identical).</summary>
    public static string Shade(double? value) => value is { } v ? $"h{(int)Math.Round(Math.Clamp(v, 0, 1) * 10)}" : "h0";
}

/// <summary>One heat map of the dataset page: which overlap it shades, with the counts behind each cell.</summary>
/// <param name="Matrix">The overlap rows as a matrix.</param>
/// <param name="ShortName">A layer's short name for column headers.</param>
/// <param name="Of">Actor overlap or tie overlap.</param>
/// <param name="Caption">The table caption.</param>
/// <param name="Small">A small multiple: short labels, no row links.</param>
internal sealed record HeatmapView(OverlapMatrix Matrix, Func<string?, string> ShortName, OverlapOf Of, string Caption, bool Small = false);
