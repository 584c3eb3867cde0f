using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Analyses;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// Checks Cypher text against the declared shapes (GraphSchema, Shapes): every label, relationship type and property
/// of a labelled variable must be declared. A small tokenizer, not a regex over raw text: strings, comments and
/// backticks are skipped or read whole, and a colon is a label only inside a pattern's parentheses or brackets (inside
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

    private static string? Previous(List<Token> tokens, int i) => i > 0 ? tokens[i - 1].Text : null;

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
            && i >= 3 && tokens[at - 2].Text == "INDEX")
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

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n') { line++; i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n') i++;
                continue;
            }
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                line += text.AsSpan(i, end - i).Count('\n');
                i = end;
                continue;
            }
            if (c is '\'' or '"')
            {
                var start = i++;
                while (i < text.Length && text[i] != c) i += text[i] == '\\' ? 2 : 1;
                i = Math.Min(i + 1, text.Length);
                line += text.AsSpan(start, i - start).Count('\n');
                tokens.Add(new Token(Kind.Other, "''", line));
                continue;
            }
            if (c == '`')
            {
                var end = text.IndexOf('`', i + 1);
                end = end < 0 ? text.Length : end;
                tokens.Add(new Token(Kind.Identifier, text[(i + 1)..end], line));
                i = Math.Min(end + 1, text.Length);
                continue;
            }
            if (c == '$' || char.IsLetter(c) || c == '_')
            {
                var start = i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_')) i++;
                var word = text[start..i];
                tokens.Add(new Token(c == '$' ? Kind.Parameter : Kind.Identifier, word, line));
                continue;
            }
            if (char.IsDigit(c))
            {
                var start = i;
                // 1.5 is a number; 1..3 is a range (the dots are symbols).
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))) i++;
                tokens.Add(new Token(Kind.Other, text[start..i], line));
                continue;
            }
            tokens.Add(new Token(Kind.Symbol, c.ToString(), line));
            i++;
        }
        return tokens;
    }
}
