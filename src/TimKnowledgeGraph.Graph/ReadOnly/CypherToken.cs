namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>One token of a Cypher query.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">
/// The token's value: the word for identifiers, the name without backticks (doubled backticks made single) for quoted
/// identifiers and quoted parameters, the unescaped text for strings, the characters as written otherwise.
/// </param>
/// <param name="Offset">Where the token starts in the query (UTF-16 index).</param>
/// <param name="Line">1-based line of the token's start.</param>
/// <param name="Column">1-based column of the token's start.</param>
internal readonly record struct CypherToken(CypherTokenKind Kind, string Text, int Offset, int Line, int Column)
{
    /// <summary>True for a bare word equal to <paramref name="word"/> ignoring case (Cypher keywords are case-insensitive).</summary>
    public bool IsWord(string word) => Kind == CypherTokenKind.Identifier && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the punctuation <paramref name="symbol"/>.</summary>
    public bool Is(string symbol) => Kind == CypherTokenKind.Punctuation && Text == symbol;

    /// <summary>Where the token starts, for messages.</summary>
    public string Position => $"line {Line}, column {Column}";
}
