using System.Text.RegularExpressions;

namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>
/// What counts as a write, in three places: leading commands of the query text, procedure names after CALL, and operators
/// of the EXPLAIN plan. Lists cover Neo4j 3.1 to 5.x operator names (e.g. 3.1 <c>CreateNode</c>, <c>SetNodeProperty</c>,
/// <c>MergeCreateNode</c>; 5.x <c>Create</c>, <c>SetProperty</c>, <c>Merge</c>, <c>TransactionForeach</c>).
/// </summary>
public static partial class WriteOperations
{
    /// <summary>Plan operators that write (matched as prefixes of the operator type).</summary>
    public static readonly IReadOnlyList<string> WriteOperatorPrefixes =
    [
        "Create", "Merge", "LockingMerge", "Set", "Remove", "Delete", "DetachDelete", "Drop", "Foreach", "ForeachApply",
        "LoadCSV", "TransactionForeach", "TransactionApply", "PeriodicCommit", "DoNothingIfExists",
        "Alter", "Grant", "Revoke", "Deny", "Rename", "Start", "Stop", "Enable", "Terminate",
    ];

    /// <summary>
    /// Procedures a raw query may CALL: read-only introspection. Anything else is refused, because on 3.1 the plan shows
    /// only <c>ProcedureCall</c> and cannot tell a read procedure from <c>dbms.security.createUser</c>.
    /// </summary>
    public static readonly IReadOnlySet<string> AllowedProcedures = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "dbms.components", "db.labels", "db.relationshipTypes", "db.propertyKeys",
        "db.schema", "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
        "db.indexes", "db.constraints",
    };

    /// <summary>Commands refused from the text alone (EXPLAIN of DDL fails or does nothing useful on some versions).</summary>
    private static readonly (Regex Pattern, string Operation)[] RefusedCommands =
    [
        (CommandRegex(@"CREATE\s+(?:OR\s+REPLACE\s+)?(?:(?:UNIQUE|FULLTEXT|TEXT|RANGE|POINT|LOOKUP|VECTOR|BTREE)\s+)?(?:INDEX|CONSTRAINT)\b"), "CREATE INDEX/CONSTRAINT"),
        (CommandRegex(@"DROP\b"), "DROP"),
        (CommandRegex(@"(?:CREATE|ALTER|RENAME)\s+(?:USER|ROLE|DATABASE|ALIAS|COMPOSITE|SERVER)\b"), "administration command"),
        (CommandRegex(@"(?:GRANT|REVOKE|DENY|START|STOP|ENABLE|DEALLOCATE|REALLOCATE|TERMINATE)\b"), "administration command"),
        (CommandRegex(@"USING\s+PERIODIC\s+COMMIT\b"), "USING PERIODIC COMMIT"),
        (CommandRegex(@"PROFILE\b"), "PROFILE (it runs the query outside the read-only transaction's checks; send the query alone)"),
        (CommandRegex(@"EXPLAIN\b"), "EXPLAIN (send the query alone; the plan is checked for you)"),
    ];

    /// <summary>The first refused command at the start of the query, or null.</summary>
    public static string? RefusedCommand(string query)
    {
        var text = CypherText.WithoutCommentsAndStrings(query);
        foreach (var (pattern, operation) in RefusedCommands)
            if (pattern.IsMatch(text)) return operation;
        return null;
    }

    /// <summary>Procedures named after CALL (normalised: no backticks or spaces) that are not allowed.</summary>
    public static IReadOnlyList<string> RefusedProcedures(string query)
    {
        var text = CypherText.WithoutCommentsAndStrings(query);
        return CallRegex().Matches(text)
            .Select(m => m.Groups["name"].Value.Replace("`", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal))
            .Where(name => !AllowedProcedures.Contains(name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>True when a plan operator writes (data, schema or security).</summary>
    public static bool IsWriteOperator(string operatorType) =>
        WriteOperatorPrefixes.Any(p => operatorType.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    // Anchored at the start of the text (after whitespace): these commands are statements of their own.
    private static Regex CommandRegex(string command) =>
        new(@"\A\s*" + command, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // CALL name(.name)* — a subquery (CALL {) has no name and is checked through its plan instead.
    [GeneratedRegex(@"\bCALL\s+(?<name>`?[A-Za-z_][\w]*`?(?:\s*\.\s*`?[A-Za-z_][\w]*`?)*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallRegex();
}
