namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>What a <see cref="CypherToken"/> is. Whitespace and comments produce no tokens.</summary>
internal enum CypherTokenKind
{
    /// <summary>A bare word: a keyword, a variable, a label, a function or procedure name part.</summary>
    Identifier,

    /// <summary>A name in backticks (<c>`a``b`</c>); never a keyword, whatever it spells.</summary>
    QuotedIdentifier,

    /// <summary>A string literal in single or double quotes.</summary>
    String,

    /// <summary>A number literal (integer, decimal, exponent, hexadecimal, octal).</summary>
    Number,

    /// <summary>A parameter: <c>$name</c>, <c>$0</c> or <c>$`quoted`</c>.</summary>
    Parameter,

    /// <summary>An operator or bracket: <c>( ) [ ] { } , . .. : ; | + - * / % ^ = &lt;&gt; &lt; &gt; &lt;= &gt;= =~ += != ! &amp;</c>.</summary>
    Punctuation,
}
