using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// Prints an import's diagnostics with at most <see cref="PerCode"/> lines of each code, then one line counting the rest
/// of it: a file with a thousand unknown columns or repeated ties printed a thousand alike lines.
/// </summary>
internal static class DiagnosticLines
{
    public const int PerCode = 20;

    public static void Write(TextWriter output, IEnumerable<Diagnostic> diagnostics)
    {
        var shown = new Dictionary<string, int>(StringComparer.Ordinal);
        var left = new Dictionary<(string Code, Severity Severity), int>();
        foreach (var diagnostic in diagnostics)
        {
            var count = shown.GetValueOrDefault(diagnostic.Code);
            if (count < PerCode)
            {
                output.WriteLine(diagnostic);
                shown[diagnostic.Code] = count + 1;
            }
            else
            {
                left[(diagnostic.Code, diagnostic.Severity)] = left.GetValueOrDefault((diagnostic.Code, diagnostic.Severity)) + 1;
            }
        }
        foreach (var ((code, severity), count) in left.OrderBy(l => l.Key.Code, StringComparer.Ordinal))
            output.WriteLine($"... and {count} more {code} {(severity == Severity.Error ? "error" : "warning")}(s), not shown");
    }
}
