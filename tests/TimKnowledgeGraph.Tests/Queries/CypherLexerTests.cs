using TimKnowledgeGraph.Graph.ReadOnly;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>The lexer the read-only guard decides on: where strings, names and comments start and end.</summary>
public sealed class CypherLexerTests
{
    private static IReadOnlyList<CypherToken> Lex(string text)
    {
        Assert.True(CypherLexer.TryLex(text, out var tokens, out var error), error?.ToString());
        return tokens;
    }

    private static string Kinds(string text) => string.Join(" ", Lex(text).Select(t => $"{t.Kind}:{t.Text}"));

    [Fact]
    public void A_quote_inside_backticks_is_part_of_the_name_not_a_string()
    {
        var tokens = Lex("WITH 1 AS `'` CALL dbms.security.createUser('evil','evilpw',false) RETURN 1 AS done //'");
        Assert.Equal(CypherTokenKind.QuotedIdentifier, tokens[3].Kind);
        Assert.Equal("'", tokens[3].Text);
        Assert.True(tokens[4].IsWord("CALL"));
        Assert.Equal(["dbms", ".", "security", ".", "createUser"], tokens.Skip(5).Take(5).Select(t => t.Text));
    }

    [Theory]
    [InlineData("`a``b`", "a`b")]
    [InlineData("````", "`")]
    [InlineData("``", "")]
    [InlineData("`x'y\"z//w`", "x'y\"z//w")]
    [InlineData("`/*`", "/*")]
    public void Doubled_backticks_stand_for_one(string text, string name)
    {
        var token = Assert.Single(Lex(text));
        Assert.Equal((CypherTokenKind.QuotedIdentifier, name), (token.Kind, token.Text));
    }

    [Theory]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"'\\'", @"\")]
    [InlineData(@"""\\""", @"\")]
    [InlineData(@"'\u0027'", "'")]
    [InlineData(@"'\U0001F600'", "\U0001F600")]
    [InlineData(@"'a\tb\nc'", "a\tb\nc")]
    [InlineData("'// not a comment'", "// not a comment")]
    [InlineData("\"/* not a comment\"", "/* not a comment")]
    [InlineData("'`'", "`")]
    [InlineData("'two\nlines'", "two\nlines")]
    public void Strings_end_at_their_own_unescaped_quote(string text, string value)
    {
        var token = Assert.Single(Lex(text));
        Assert.Equal((CypherTokenKind.String, value), (token.Kind, token.Text));
    }

    [Theory]
    [InlineData("RETURN 1 // CREATE (n)\nRETURN", "Identifier:RETURN Number:1 Identifier:RETURN")]
    [InlineData("RETURN 1 // CREATE (n)\rRETURN", "Identifier:RETURN Number:1 Identifier:RETURN")]
    [InlineData("RETURN /* ' \" ` */ 1", "Identifier:RETURN Number:1")]
    [InlineData("RETURN /* a ** b */ 1", "Identifier:RETURN Number:1")]
    [InlineData("RETURN 1 //'", "Identifier:RETURN Number:1")]
    public void Comments_are_skipped_whatever_they_contain(string text, string kinds)
    {
        Assert.Equal(kinds, Kinds(text));
    }

    [Theory]
    [InlineData("1CREATE", "Number:1 Identifier:CREATE")]
    [InlineData("1.5e-3", "Number:1.5e-3")]
    [InlineData("0x1F", "Number:0x1F")]
    [InlineData("*1..3", "Punctuation:* Number:1 Punctuation:.. Number:3")]
    [InlineData("$p", "Parameter:p")]
    [InlineData("$`a b`", "Parameter:a b")]
    [InlineData("n.name =~ 'x'", "Identifier:n Punctuation:. Identifier:name Punctuation:=~ String:x")]
    [InlineData("a<>b", "Identifier:a Punctuation:<> Identifier:b")]
    [InlineData("r\u00E9sum\u00E9", "Identifier:r\u00E9sum\u00E9")]
    public void Numbers_parameters_words_and_symbols(string text, string kinds)
    {
        Assert.Equal(kinds, Kinds(text));
    }

    [Theory]
    [InlineData("RETURN 'open", "unterminated string", 1, 8)]
    [InlineData("RETURN \"open\\\"", "unterminated string", 1, 8)]
    [InlineData("RETURN `open", "unterminated name", 1, 8)]
    [InlineData("RETURN 1\n/* open", "unterminated block comment", 2, 1)]
    [InlineData("RETURN '\\u00zz'", "invalid unicode escape", 1, 9)]
    [InlineData("RETURN \\u0043REATE", "unexpected character U+005C", 1, 8)]
    [InlineData("RETURN #", "unexpected character U+0023", 1, 8)]
    [InlineData("RETURN $", "parameter name", 1, 8)]
    [InlineData("RETURN 1 \u200B", "unexpected character U+200B", 1, 10)]
    public void What_cannot_be_read_is_an_error_with_its_position(string text, string message, int line, int column)
    {
        Assert.False(CypherLexer.TryLex(text, out _, out var error));
        Assert.Contains(message, error!.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Tokens_know_their_line_and_column()
    {
        var tokens = Lex("MATCH (n)\n  // c\n  RETURN n");
        var ret = tokens.Single(t => t.IsWord("RETURN"));
        Assert.Equal((3, 3), (ret.Line, ret.Column));
    }
}
