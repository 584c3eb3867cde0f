using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Validation;

/// <summary>Checks that a typed link names an existing id of an allowed label, reporting once if not.</summary>
internal sealed class LinkChecker(IdIndex index, IDiagnosticSink sink)
{
    /// <summary>The target's declaration, or null (reported) when it is unknown or of the wrong kind.</summary>
    /// <param name="id">The id as written.</param>
    /// <param name="key">The front matter key it was written under (for the message).</param>
    /// <param name="labels">The labels the target may have.</param>
    public IndexedId? Check(Scalar id, string key, params string[] labels)
    {
        var found = index.Get(id.Value);
        if (found is null && index.IsUnreadableNote(id.Value)) return null;
        if (found is null)
        {
            sink.Report(Diagnostic.Error(id.At, DiagnosticCodes.UnknownId,
                $"'{key}' names '{id.Value}', which is not a known id; expected the id of a {Describe(labels)}",
                index.Hint(id.Value, labels)));
            return null;
        }
        if (!labels.Contains(found.Label))
        {
            sink.Report(Diagnostic.Error(id.At, DiagnosticCodes.WrongTargetKind,
                $"'{key}' names '{id.Value}', which is a {found.Label} (declared at {found.At}); expected a {Describe(labels)}",
                index.Hint(id.Value, labels)));
            return null;
        }
        return found;
    }

    /// <summary>"Concept", "Concept or Reference", "Concept, Proposition or Critique".</summary>
    public static string Describe(IReadOnlyList<string> labels) =>
        labels.Count <= 1 ? string.Concat(labels) : $"{string.Join(", ", labels.Take(labels.Count - 1))} or {labels[^1]}";
}
