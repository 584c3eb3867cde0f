using TimKnowledgeGraph.Graph.Loading.Sync;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>Writes a <see cref="SyncSummary"/> as an aligned plain-text table (readable in a terminal and in CI logs).</summary>
internal static class SummaryTable
{
    /// <summary>One row per label and per relationship type, then totals.</summary>
    public static void Write(TextWriter output, SyncSummary summary)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(summary);
        var rows = new List<(string Name, ChangeCounts Counts)>();
        rows.AddRange(summary.Nodes.Select(p => ($":{p.Key}", p.Value)));
        rows.Add(("nodes", summary.NodeTotals));
        rows.AddRange(summary.Relationships.Select(p => ($"[:{p.Key}]", p.Value)));
        rows.Add(("relationships", summary.RelationshipTotals));
        var width = Math.Max(14, rows.Max(r => r.Name.Length));
        output.WriteLine($"{"".PadRight(width)} {"created",9} {"updated",9} {"deleted",9} {"unchanged",10}");
        foreach (var (name, c) in rows)
            output.WriteLine($"{name.PadRight(width)} {c.Created,9:N0} {c.Updated,9:N0} {c.Deleted,9:N0} {c.Unchanged,10:N0}");
    }
}
