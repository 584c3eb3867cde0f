namespace TimKnowledgeGraph.Domain.Diagnostics;

public enum Severity { Error, Warning }

/// <summary>
/// One problem found in content: where, a stable code (e.g. TKG012), what was found and what was expected,
/// and where possible a hint such as the nearest existing id. Rendered as <c>file:line:col: severity code: message</c>.
/// </summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message, string? Hint = null)
{
    public static Diagnostic Error(SourceLocation at, string code, string message, string? hint = null) =>
        new(at, Severity.Error, code, message, hint);

    public static Diagnostic Warning(SourceLocation at, string code, string message, string? hint = null) =>
        new(at, Severity.Warning, code, message, hint);

    public override string ToString()
    {
        var text = $"{Location}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
        return Hint is null ? text : $"{text} ({Hint})";
    }
}
