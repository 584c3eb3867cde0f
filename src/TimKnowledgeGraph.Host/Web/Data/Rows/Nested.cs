namespace TimKnowledgeGraph.Host.Web.Data.Rows;

/// <summary>
/// A node named in a list of maps (<c>{id, label, name}</c>), with the ground of the link where the query gives it
/// (<c>how</c>, <c>locator</c>, <c>quote</c>, and the <c>sourceFile</c> a <c>how</c>'s relative wiki-links are read from): targets, responses, critics, what a critique set going. Keys a query
/// does not give read as null.
/// </summary>
internal sealed record Linked(string? Id, string? Label, string? Name, string? How, string? Locator, string? Quote, string? SourceFile);

/// <summary>
/// A reference named in a list of maps (<c>{ref, year, authors, locator, quote}</c>): where a critique was raised,
/// where a node was introduced.
/// </summary>
internal sealed record Citing(string? Ref, string? Title, string? Year, IReadOnlyList<string> Authors, string? Locator, string? Quote)
{
    /// <summary>The year as a number, for ordering (null when not a whole number).</summary>
    public long? YearNumber => long.TryParse(Year, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
}

/// <summary>A row or map that says where its node came from (<c>sourceFile</c>, <c>sourceLine</c>).</summary>
internal interface ISourced
{
    string? SourceFile { get; }

    long? SourceLine { get; }
}
