using System.Globalization;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// A tie: <c>source,target,layer,resource,weight</c> and optionally <c>from,to,wave</c>. The weight is kept as written so a bad one can be reported
/// with its position; <see cref="TryGetWeight"/> parses it (empty means 1).
/// </summary>
public sealed record TieRow(string Source, string Target, string Layer, string? Resource, string? WeightText, SourceLocation At)
    : NetworkRow(At)
{
    /// <summary>The CSV columns, in the documented order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["source", "target", "layer", "resource", "weight", .. NetworkTime.Columns];

    /// <summary>The optional <c>from</c>, <c>to</c> and <c>wave</c> as written (NetworkTime checks them).</summary>
    public NetworkTimeText Time { get; init; } = NetworkTimeText.None;

    /// <summary>
    /// The warning (TKG034) for this tie when it repeats the one at <paramref name="first"/>: the same source, target,
    /// layer, wave and from (content validation and <c>timkg import</c> keep the first).
    /// </summary>
    public Diagnostic Repeats(SourceLocation first) =>
        Diagnostic.Warning(At, Validation.DiagnosticCodes.DuplicateTie,
            $"tie {Source} -> {Target} in layer '{Layer}'{(Time.Wave is null ? "" : $" in wave '{Time.Wave}'")}{(Time.From is null ? "" : $" from {Time.From}")} " +
            $"repeats the one at {first}; the first is kept");

    /// <summary>The error (TKG033) for a weight that is not a finite number, or null when it is one (or empty, meaning 1).</summary>
    public Diagnostic? WeightProblem()
    {
        if (TryGetWeight(out _)) return null;
        // double.Parse reads "1e400" as infinity and "NaN" as NaN: numbers, but none a weight can be.
        var why = double.TryParse(WeightText, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && !double.IsNaN(parsed)
            ? "is beyond the largest number a weight can hold (about ±1.8e308)"
            : "is not a number";
        return Diagnostic.Error(LocationOf("weight"), Validation.DiagnosticCodes.NonNumericWeight,
            $"weight '{WeightText}' {why}; expected a number like 1 or 0.5 (or nothing, meaning 1)");
    }

    /// <summary>The weight (default 1); false when the text is not a number.</summary>
    public bool TryGetWeight(out double weight)
    {
        if (string.IsNullOrWhiteSpace(WeightText)) { weight = 1; return true; }
        return double.TryParse(WeightText, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) && double.IsFinite(weight);
    }
}
