namespace TimKnowledgeGraph.Graph.Analyses;

/// <summary>
/// The time of a projected dataset (read only when the dataset is timed: <c>d.timed</c> or declared waves). Dates stay
/// the texts the graph stores (<c>validFrom</c>/<c>validTo</c>, ISO <c>YYYY-MM-DD</c>): each distinct text gets its rank
/// in ordinal order, so comparing ranks is exactly the text comparison the Cypher queries make (also for a text that is
/// not a well-formed date), at the cost of an int compare.
/// </summary>
/// <param name="Waves">The dataset's wave ids in declared order (<c>Dataset.waves</c>); wave index i is Waves[i-1].</param>
/// <param name="Dates">The distinct date texts of ties and participations, ordinal order; rank r is Dates[r-1], 0 means open.</param>
/// <param name="Participations">Every PARTICIPATES_IN of the dataset's actors to its layers, with its time.</param>
public sealed record ProjectedTime(IReadOnlyList<string> Waves, string[] Dates, IReadOnlyList<ProjectedParticipation> Participations)
{
    /// <summary>The wave index of <paramref name="wave"/> (1-based), or -1 for a wave the dataset does not declare.</summary>
    public int WaveIndex(string wave)
    {
        for (var i = 0; i < Waves.Count; i++)
            if (string.Equals(Waves[i], wave, StringComparison.Ordinal)) return i + 1;
        return -1;
    }

    /// <summary>How many dates sort at or before <paramref name="text"/>: a rank r satisfies Dates[r-1] &lt;= text iff r &lt;= this.</summary>
    public int RanksAtOrBefore(string text)
    {
        var i = Array.BinarySearch(Dates, text, StringComparer.Ordinal);
        return i >= 0 ? i + 1 : ~i;
    }

    /// <summary>How many dates sort before <paramref name="text"/>: a rank r satisfies Dates[r-1] &gt;= text iff r &gt; this.</summary>
    public int RanksBefore(string text)
    {
        var i = Array.BinarySearch(Dates, text, StringComparer.Ordinal);
        return i >= 0 ? i : ~i;
    }

    /// <summary>The calendar year of a date rank as the queries read it (<c>toInteger(substring(d, 0, 4))</c>), or null.</summary>
    public int? YearOf(int rank) =>
        rank > 0 && Dates[rank - 1].Length >= 4 && int.TryParse(Dates[rank - 1].AsSpan(0, 4), System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out var year) ? year : null;
}

/// <summary>One PARTICIPATES_IN: actor and layer indexes, whether the actor's own row lists the layer, and its time (0: none/open).</summary>
public readonly record struct ProjectedParticipation(int Actor, int Layer, bool Listed, int Wave, int From, int To);

/// <summary>
/// A layer of the dataset as the analyses need it: id, name, the nature and scale the typology classes by, and whether
/// dataset.md (or the GraphML) declares it directed (the measures then use the directed conventions).
/// </summary>
public sealed record LayerInfo(string Id, string? Name, string? Nature, string? Scale, bool Directed = false);
