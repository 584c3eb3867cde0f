using System.Text.Json;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Web.Console;

/// <summary>
/// The console's parameters box: one <c>name = value</c> per line, each value read as <see cref="Output.ParameterText"/>
/// reads it (JSON when it reads as JSON, else plain text, so <c>id = learning-region</c> needs no quotes).
/// </summary>
internal static partial class ConsoleParameters
{
    /// <summary>
    /// Lines read at most: far more parameters than a query has. The form allows 4 MiB, and each line that starts like JSON
    /// but is not costs a parser exception: a form of 400,000 lines of "a=[" was answered after 12 s (before the errors
    /// were capped, with a 110 MB page; with them capped, parsing its lines alone still took 8 s in a test).
    /// </summary>
    public const int MaxLines = 1_000;

    /// <summary>
    /// Parses the box; returns the values or the lines that could not be read (the first <see cref="CappedErrors.MaxKept"/>,
    /// each echoed cut, and how many more). A box of more than <see cref="MaxLines"/> lines is one error, unread.
    /// </summary>
    public static (IReadOnlyDictionary<string, object?> Values, IReadOnlyList<string> Errors) Parse(string? text)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        text ??= "";
        if (text.AsSpan().Count('\n') is var breaks && breaks >= MaxLines)
            return (values, [$"the box has {breaks + 1:N0} lines; at most {MaxLines:N0} are read, one parameter a line"]);
        var errors = new CappedErrors(more => $"{more:N0} more line(s) could not be read");
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? line[..equals].Trim().TrimStart('$') : "";
            if (!NameRegex().IsMatch(name))
            {
                errors.Add($"line {i + 1}: expected 'name = value', found '{CutText.Echo(line)}'");
                continue;
            }
            try
            {
                values[name] = ParameterText.Read(line[(equals + 1)..].Trim());
            }
            catch (FormatException e)
            {
                errors.Add($"line {i + 1}: {e.Message}");
            }
        }
        return (values, errors.ToList());
    }

    /// <summary>A parameters box for a named query: its parameters with example or default values.</summary>
    public static string Template(NamedQuery query) => string.Join('\n', query.Parameters.Select(p =>
        $"{p.Name} = {(p.DefaultValue is { } d ? Show(d) : p.DefaultsToNull ? "null" : Example(p.Description) ?? "")}"));

    private static string Show(object value) => value switch
    {
        IEnumerable<string> list => JsonSerializer.Serialize(list),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Query headers describe parameters as "The concept id, e.g. learning-region".
    private static string? Example(string description) => ExampleRegex().Match(description) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex NameRegex();

    [GeneratedRegex(@"e\.g\.\s+([^\s,;)]+)")]
    private static partial Regex ExampleRegex();
}
