namespace TimKnowledgeGraph.Domain.Diagnostics;

/// <summary>Where something came from: a content file (relative to the content root, '/'-separated) and a 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column = 1)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
