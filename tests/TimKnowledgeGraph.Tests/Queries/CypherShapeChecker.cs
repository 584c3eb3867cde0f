using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Graph.ReadOnly;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// Checks Cypher text against the declared shapes (GraphSchema, Shapes): every label, relationship type and property
/// of a labelled variable must be declared. On the tokens of the product's Cypher lexer, not a regex over raw text:
/// strings, comments and backticks are read as Neo4j reads them, and a colon is a label only inside a pattern's parentheses or brackets (inside
/// braces it is a map key). Scopes are not tracked: a variable bound in several patterns of a file may use the properties
/// of any of its labels, and one bound without a label (in a pattern) those of any declared shape.
/// </summary>
internal static class CypherShapeChecker
{
    private enum Kind { Identifier, Parameter, Symbol, Other }

    private readonly record struct Token(Kind Kind, string Text, int Line);

    /// <summary>The problems found, each "line N: ...".</summary>
    public static IReadOnlyList<string> Check(string text)
    {
        var tokens = Tokenize(text);
        var problems = new List<string>();
        var bindings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal); // variable → labels / types
        var stack = new Stack<char>();
        var mapOwners = new Stack<string?>(); // for each open '{': the label or type whose properties its keys are
        string? lastShape = null; // label / type just read in a pattern, whose property map may follow
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == Kind.Symbol)
            {
                switch (t.Text)
                {
                    case "(" or "[":
                        stack.Push(t.Text[0]);
                        lastShape = null;
                        break;
                    case "{":
                        stack.Push('{');
                        mapOwners.Push(lastShape);
                        lastShape = null;
                        break;
                    case ")" or "]":
                        if (stack.Count > 0) stack.Pop();
                        lastShape = null;
                        break;
                    case "}":
                        if (stack.Count > 0) stack.Pop();
                        if (mapOwners.Count > 0) mapOwners.Pop();
                        lastShape = null;
                        break;
                }
                continue;
            }
            if (t.Kind != Kind.Identifier) continue;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
            var inMap = stack.Count > 0 && stack.Peek() == '{';

            // A key of a pattern's property map: {id: $x} after (d:Dataset.
            if (inMap && next.Text == ":" && mapOwners.Count > 0 && mapOwners.Peek() is { } owner && Previous(tokens, i) is "{" or ",")
            {
                CheckProperty(owner, t, problems);
                continue;
            }
            // Labels and types: (v:A:B, [v:T|U], [:T], WHERE v:A, USING INDEX v:A(p).
            if (!inMap && next.Text == ":" && (Previous(tokens, i) is "(" or "[" or "WHERE" or "AND" or "OR" or "NOT" or "INDEX" || stack.Count == 0))
            {
                i = ReadShapes(tokens, i + 1, t.Text, bindings, problems, out lastShape);
                continue;
            }
            // An unlabelled node or relationship in a pattern, (o) in (c)-[s]->(o): o may be anything declared there.
            if (!inMap && Previous(tokens, i) is "(" or "[" && next.Text is ")" or "]" && IsInPattern(tokens, i))
            {
                (bindings.TryGetValue(t.Text, out var any) ? any : bindings[t.Text] = new HashSet<string>(StringComparer.Ordinal)).Add(Any);
                continue;
            }
            // Property access: v.p
            if (next.Text == "." && i + 2 < tokens.Count && tokens[i + 2].Kind == Kind.Identifier && bindings.TryGetValue(t.Text, out var shapes))
            {
                var property = tokens[i + 2];
                if (!shapes.Any(s => Declared(s).Contains(property.Text)))
                    problems.Add($"line {property.Line}: property '{t.Text}.{property.Text}' is not declared for {string.Join(" or ", shapes)}");
                i += 2;
            }
        }
        // [:T] with no variable.
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Text == "[" && tokens[i + 1].Text == ":")
                ReadShapes(tokens, i + 1, null, bindings, problems, out _);
        }
        return problems;
    }

    private const string Any = "*";

    // (v) or [v] is part of a pattern when a dash or arrow touches it (a function call's (x) has a name before it).
    private static bool IsInPattern(List<Token> tokens, int i) =>
        i >= 2 && tokens[i - 2].Text is "-" or ">" || i + 2 < tokens.Count && tokens[i + 2].Text is "-" or "<";

    private static string? Previous(List<Token> tokens, int i) => i > 0 ? tokens[i - 1].Text.ToUpperInvariant() : null;

    // Reads ":A:B" or ":T|U" / ":T|:U" from tokens[at] (a colon); binds the variable; returns the last index read.
    private static int ReadShapes(List<Token> tokens, int at, string? variable, Dictionary<string, HashSet<string>> bindings,
        List<string> problems, out string? last)
    {
        last = null;
        var i = at;
        while (i + 1 < tokens.Count && tokens[i].Text is ":" or "|" && tokens[i + 1].Kind == Kind.Identifier)
        {
            var name = tokens[i + 1];
            if (!GraphSchema.IsLabel(name.Text) && !GraphSchema.IsRelationshipType(name.Text))
                problems.Add($"line {name.Line}: '{name.Text}' is not a declared label or relationship type");
            else if (variable is not null)
                (bindings.TryGetValue(variable, out var set) ? set : bindings[variable] = new HashSet<string>(StringComparer.Ordinal)).Add(name.Text);
            last = name.Text;
            i += 2;
            if (i < tokens.Count && tokens[i].Text == "|" && i + 1 < tokens.Count && tokens[i + 1].Text == ":") i++;
        }
        // USING INDEX v:A(p): the property in parentheses.
        if (last is not null && i + 2 < tokens.Count && tokens[i].Text == "(" && tokens[i + 1].Kind == Kind.Identifier && tokens[i + 2].Text == ")"
            && at >= 2 && tokens[at - 2].Text.Equals("INDEX", StringComparison.OrdinalIgnoreCase))
        {
            var property = tokens[i + 1];
            if (!Declared(last).Contains(property.Text))
                problems.Add($"line {property.Line}: indexed property '{property.Text}' is not declared for {last}");
        }
        return i - 1;
    }

    private static void CheckProperty(string owner, Token property, List<string> problems)
    {
        if (!Declared(owner).Contains(property.Text))
            problems.Add($"line {property.Line}: property '{property.Text}' is not declared for {owner}");
    }

    private static HashSet<string> Declared(string shape)
    {
        var declared = new HashSet<string>(MeasureProperties.All, StringComparer.Ordinal);
        if (shape == Any)
        {
            foreach (var properties in Shapes.NodeProperties.Values) declared.UnionWith(properties);
            foreach (var type in GraphSchema.RelationshipTypes) declared.UnionWith(Shapes.RelationshipProperties(type));
        }
        else if (Shapes.NodeProperties.TryGetValue(shape, out var node)) declared.UnionWith(node);
        else declared.UnionWith(Shapes.RelationshipProperties(shape));
        return declared;
    }

    // The product's own lexer (the read-only guard's, Neo4j's lexical rules): strings, comments and backticks as Neo4j reads them.
    private static List<Token> Tokenize(string text)
    {
        if (!CypherLexer.TryLex(text, out var tokens, out var error))
            throw new ArgumentException($"The Cypher cannot be lexed: {error}", nameof(text));
        return
        [
            .. tokens.Select(t => new Token(t.Kind switch
            {
                CypherTokenKind.Identifier or CypherTokenKind.QuotedIdentifier => Kind.Identifier,
                CypherTokenKind.Parameter => Kind.Parameter,
                CypherTokenKind.Punctuation => Kind.Symbol,
                _ => Kind.Other,
            }, t.Text, t.Line)),
        ];
    }
}
