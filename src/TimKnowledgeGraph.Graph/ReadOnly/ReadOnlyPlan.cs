using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>
/// The second guard, independent of the text: every operator of the query's EXPLAIN plan must be a known read operator
/// (<see cref="WriteOperations.ReadOperators"/>), and every procedure the plan calls must be on the allow-list. The plan
/// is what Neo4j will run, so what the text check may have misread cannot get past this one.
/// </summary>
internal static class ReadOnlyPlan
{
    // The plan names a call's procedure in its signature: 3.1 "Signature" ("db.labels() :: (label :: String)"),
    // 4.x/5.x "Details" ("db.labels() :: (label :: STRING)"), flat on the operator or under "arguments".
    private static readonly string[] SignatureArguments = ["Signature", "Details", "signature", "details"];

    /// <summary>The first reason to refuse <paramref name="plan"/>, or null when it only reads.</summary>
    public static ReadOnlyRefusal? Check(CypherPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var node in plan.SelfAndDescendants())
        {
            var name = OperatorName(node.OperatorType);
            if (!WriteOperations.ReadOperators.Contains(name))
                return new ReadOnlyRefusal(ReadOnlyCheck.Plan, name,
                    $"refused: the query plan contains the operator {name}, which is not a known read-only operation");
            if (name == "ProcedureCall" && ProcedureRefusal(node) is { } refused) return refused;
        }
        return null;
    }

    /// <summary>The operator's name without the runtime suffix that 4.x/5.x append (<c>ProduceResults@neo4j</c>).</summary>
    public static string OperatorName(string operatorType)
    {
        var at = operatorType.IndexOf('@', StringComparison.Ordinal);
        return (at < 0 ? operatorType : operatorType[..at]).Trim();
    }

    /// <summary>The procedure a <c>ProcedureCall</c> operator calls, read from its signature; null if the plan does not say.</summary>
    public static string? ProcedureName(CypherPlan call)
    {
        foreach (var key in SignatureArguments)
        {
            if (!call.Arguments.TryGetValue(key, out var signature)) continue;
            var open = signature.IndexOf('(', StringComparison.Ordinal);
            var name = (open < 0 ? signature : signature[..open]).Replace("`", "", StringComparison.Ordinal).Trim();
            if (name.Length > 0) return name;
        }
        return null;
    }

    private static ReadOnlyRefusal? ProcedureRefusal(CypherPlan call)
    {
        if (ProcedureName(call) is not { } procedure)
            return new ReadOnlyRefusal(ReadOnlyCheck.Plan, "ProcedureCall",
                "refused: the query plan calls a procedure without naming it, so the call cannot be checked");
        if (WriteOperations.AllowedProcedures.Contains(procedure)) return null;
        return new ReadOnlyRefusal(ReadOnlyCheck.Procedure, procedure,
            $"refused: the query plan calls procedure {procedure}, which is not allowed in a read-only query");
    }
}
