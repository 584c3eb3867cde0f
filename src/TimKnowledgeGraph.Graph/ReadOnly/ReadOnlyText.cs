namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>
/// The first guard: reads the query's tokens (<see cref="CypherLexer"/>) and refuses, before anything reaches Neo4j,
/// text that cannot be read, more than one statement, write clauses, schema and administration commands, PROFILE and
/// EXPLAIN, periodic commits, transactions inside the query, CALLs of procedures off the allow-list and plugin functions.
/// </summary>
/// <remarks>
/// A keyword is a bare word outside strings, comments and backticks that is not a property key (after <c>.</c>), a label
/// or relationship type (after <c>:</c>) or a map key (before <c>:</c>). A name in backticks is never a keyword, which is
/// what Neo4j does too. Everything here is backed up by the plan check and the rolled-back run.
/// </remarks>
internal static class ReadOnlyText
{
    private static readonly HashSet<string> IndexKinds = new(StringComparer.OrdinalIgnoreCase)
        { "UNIQUE", "FULLTEXT", "TEXT", "RANGE", "POINT", "LOOKUP", "VECTOR", "BTREE", "NODE", "RELATIONSHIP" };

    private static readonly HashSet<string> AdminObjects = new(StringComparer.OrdinalIgnoreCase)
        { "USER", "ROLE", "DATABASE", "ALIAS", "COMPOSITE", "SERVER" };

    private static readonly HashSet<string> AdminCommands = new(StringComparer.OrdinalIgnoreCase)
        { "ALTER", "RENAME", "GRANT", "REVOKE", "DENY", "ENABLE", "DEALLOCATE", "REALLOCATE", "TERMINATE", "STOP" };

    private static readonly HashSet<string> WriteClauses = new(StringComparer.OrdinalIgnoreCase)
        { "MERGE", "SET", "DELETE", "REMOVE", "FOREACH" };

    /// <summary>The longest query text read (characters): a console query, not a data file; bounds the lexer's work.</summary>
    public const int MaxQueryLength = 100_000;

    /// <summary>The first reason to refuse <paramref name="query"/>, or null when its text may be read-only.</summary>
    public static ReadOnlyRefusal? Check(string query) => Refusals(query).FirstOrDefault();

    /// <summary>Every reason to refuse <paramref name="query"/>, in text order.</summary>
    public static IEnumerable<ReadOnlyRefusal> Refusals(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > MaxQueryLength)
        {
            yield return Text("query too long", $"refused: the query is {query.Length:N0} characters long; at most {MaxQueryLength:N0} are read");
            yield break;
        }
        if (!CypherLexer.TryLex(query, out var tokens, out var error))
        {
            yield return Text("unreadable query", $"refused: the query cannot be read safely ({error}); nothing was run");
            yield break;
        }
        if (tokens.Count > 0 && tokens[0].Is(":"))
            yield return Text("client command", $"refused: '{Show(tokens, 0, 2)}' is a command of the Neo4j shell or browser, not Cypher");

        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Is(";") && i + 1 < tokens.Count)
            {
                yield return Text("multiple statements", $"refused: only one statement may be sent; found ';' at {token.Position} followed by more");
                continue;
            }
            if (IsKeyword(tokens, i) && KeywordRefusal(tokens, i) is { } refusal)
            {
                yield return refusal;
                continue;
            }
            if (IsNamespacedFunctionCall(tokens, i, out var function, out var end))
            {
                if (!IsAllowedFunction(function))
                    yield return Text($"function {function}",
                        $"refused: function {function} at {token.Position} is not one of Neo4j's own functions; plugin functions are not allowed in a read-only query");
                i = end;
            }
        }
    }

    private static ReadOnlyRefusal? KeywordRefusal(IReadOnlyList<CypherToken> tokens, int i)
    {
        var word = tokens[i].Text.ToUpperInvariant();
        var at = tokens[i].Position;
        switch (word)
        {
            case "CREATE":
                var next = i + 1;
                if (WordAt(tokens, next, "OR") && WordAt(tokens, next + 1, "REPLACE")) next += 2;
                if (next < tokens.Count && AdminObjects.Contains(tokens[next].Text) && tokens[next].Kind == CypherTokenKind.Identifier)
                    return Text("administration command", $"refused: administration command CREATE {tokens[next].Text.ToUpperInvariant()} at {at}");
                while (next < tokens.Count && tokens[next].Kind == CypherTokenKind.Identifier && IndexKinds.Contains(tokens[next].Text)) next++;
                if (WordAt(tokens, next, "INDEX") || WordAt(tokens, next, "CONSTRAINT"))
                    return Text("CREATE INDEX/CONSTRAINT", $"refused: CREATE INDEX/CONSTRAINT at {at} is not allowed in a read-only query");
                return Write("CREATE", at);
            case "DETACH":
                return Write("DETACH DELETE", at);
            case "LOAD":
                return Text("LOAD CSV", $"refused: LOAD CSV at {at} reads files and URLs from the server; not allowed in a read-only query");
            case "DROP":
                return Text("DROP", $"refused: DROP at {at} is not allowed in a read-only query");
            case "START":
                return Text("START", $"refused: START at {at} (legacy START clauses and START DATABASE) is not allowed in a read-only query");
            case "USING" when WordAt(tokens, i + 1, "PERIODIC"):
                return Text("USING PERIODIC COMMIT", $"refused: USING PERIODIC COMMIT at {at} commits while the query runs");
            // CALL { ... } IN [n CONCURRENT] TRANSACTIONS [OF n ROWS]; not "{a: 1} IN list" or the 3.1 parameter "{p} IN list".
            case "IN" when i > 0 && tokens[i - 1].Is("}")
                           && (WordAt(tokens, i + 1, "TRANSACTIONS") || WordAt(tokens, i + 2, "TRANSACTIONS") || WordAt(tokens, i + 2, "CONCURRENT")):
                return Text("CALL { } IN TRANSACTIONS", $"refused: CALL {{ }} IN TRANSACTIONS at {at} commits while the query runs");
            case "USE":
                return Text("USE", $"refused: USE at {at}; the query runs on the configured database");
            case "PROFILE":
                return Text("PROFILE", $"refused: PROFILE at {at} runs the query outside the read-only checks; send the query alone");
            case "EXPLAIN":
                return Text("EXPLAIN", $"refused: EXPLAIN at {at}; send the query alone, its plan is checked for you");
            case "CALL":
                return ProcedureRefusal(tokens, i);
        }
        if (WriteClauses.Contains(word)) return Write(word, at);
        if (AdminCommands.Contains(word)) return Text("administration command", $"refused: administration command {word} at {at}");
        return null;
    }

    // CALL { ... } and CALL (x) { ... } are subqueries, whose tokens are checked like the rest; otherwise a procedure
    // name must follow: parts, bare or in backticks, joined by dots.
    private static ReadOnlyRefusal? ProcedureRefusal(IReadOnlyList<CypherToken> tokens, int call)
    {
        if (call + 1 < tokens.Count && (tokens[call + 1].Is("{") || tokens[call + 1].Is("("))) return null;
        var parts = new List<string>();
        var i = call + 1;
        while (i < tokens.Count && tokens[i].Kind is CypherTokenKind.Identifier or CypherTokenKind.QuotedIdentifier)
        {
            parts.Add(tokens[i].Text);
            if (i + 2 < tokens.Count && tokens[i + 1].Is(".")) i += 2;
            else break;
        }
        var at = tokens[call].Position;
        if (parts.Count == 0)
            return new ReadOnlyRefusal(ReadOnlyCheck.Procedure, "CALL", $"refused: CALL at {at} is not followed by a procedure name");
        var name = string.Join('.', parts);
        if (WriteOperations.AllowedProcedures.Contains(name)) return null;
        return new ReadOnlyRefusal(ReadOnlyCheck.Procedure, name,
            $"refused: CALL {name} at {at} is not allowed in a read-only query (allowed: {string.Join(", ", WriteOperations.AllowedProcedures.Order(StringComparer.Ordinal))})");
    }

    private static bool IsKeyword(IReadOnlyList<CypherToken> tokens, int i) =>
        tokens[i].Kind == CypherTokenKind.Identifier
        && !(i > 0 && (tokens[i - 1].Is(".") || tokens[i - 1].Is(":") || tokens[i - 1].Is("::")))
        && !(i + 1 < tokens.Count && tokens[i + 1].Is(":"))
        && !IsVariable(tokens, i);

    private static readonly HashSet<string> AfterVariable = new(StringComparer.Ordinal)
        { ".", ")", "]", ",", ";", "=", "<>", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "^", "=~", "|" };

    private static readonly HashSet<string> WordsAfterVariable = new(StringComparer.OrdinalIgnoreCase)
        { "AS", "IN", "IS", "AND", "OR", "XOR", "CONTAINS", "STARTS", "ENDS", "ORDER", "SKIP", "LIMIT", "UNION", "RETURN", "WITH", "WHERE" };

    // A variable or alias that happens to be a clause word: (start:Concept), start.id, AS use, RETURN stop, 1 AS set.
    // A clause never follows '(', '[', ',' or AS, and is never followed by '.', ')', an operator or the end; every
    // clause this guard refuses is followed by a name, a pattern or a keyword of its own (SET n.x, CREATE (, LOAD CSV).
    // The plan check and the rolled-back run stand behind this guard either way.
    private static bool IsVariable(IReadOnlyList<CypherToken> tokens, int i)
    {
        if (i > 0 && (tokens[i - 1].Is("(") || tokens[i - 1].Is("[") || tokens[i - 1].Is(",") || tokens[i - 1].IsWord("AS"))) return true;
        if (i + 1 >= tokens.Count) return true;
        var next = tokens[i + 1];
        return next.Kind == CypherTokenKind.Identifier ? WordsAfterVariable.Contains(next.Text) : AfterVariable.Contains(next.Text);
    }

    // name.name(...) where the first part is not itself a property access: a function of a namespace.
    private static bool IsNamespacedFunctionCall(IReadOnlyList<CypherToken> tokens, int i, out string name, out int end)
    {
        name = "";
        end = i;
        if (tokens[i].Kind is not (CypherTokenKind.Identifier or CypherTokenKind.QuotedIdentifier)) return false;
        if (i > 0 && (tokens[i - 1].Is(".") || tokens[i - 1].IsWord("CALL"))) return false;
        var parts = new List<string> { tokens[i].Text };
        var j = i;
        while (j + 2 < tokens.Count && tokens[j + 1].Is(".") && tokens[j + 2].Kind is CypherTokenKind.Identifier or CypherTokenKind.QuotedIdentifier)
        {
            j += 2;
            parts.Add(tokens[j].Text);
        }
        // A dotted name in one pair of backticks (`apoc.cypher.run`) is treated like the same name unquoted.
        name = string.Join('.', parts);
        if (!name.Contains('.', StringComparison.Ordinal) || j + 1 >= tokens.Count || !tokens[j + 1].Is("(")) return false;
        end = j;
        return true;
    }

    private static bool IsAllowedFunction(string name)
    {
        if (WriteOperations.AllowedFunctions.Contains(name)) return true;
        var lastDot = name.LastIndexOf('.');
        if (lastDot <= 0) return false;
        return WriteOperations.AllowedFunctionNamespaces.Contains(name[..lastDot]);
    }

    private static bool WordAt(IReadOnlyList<CypherToken> tokens, int i, string word) => i < tokens.Count && tokens[i].IsWord(word);

    private static string Show(IReadOnlyList<CypherToken> tokens, int from, int count) =>
        string.Concat(tokens.Skip(from).Take(count).Select(t => t.Text));

    private static ReadOnlyRefusal Text(string operation, string message) => new(ReadOnlyCheck.Text, operation, message);

    private static ReadOnlyRefusal Write(string clause, string at) =>
        Text(clause, $"refused: {clause} at {at} writes to the graph; only read-only queries are allowed");
}
