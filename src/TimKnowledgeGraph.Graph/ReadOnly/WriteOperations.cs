namespace TimKnowledgeGraph.Graph.ReadOnly;

/// <summary>
/// The word lists of the read-only guard: what the text may not say (<see cref="ReadOnlyText"/>), which procedures and
/// functions a query may call, and which plan operators are known to only read (<see cref="ReadOnlyPlan"/>).
/// Everything that decides is an allow-list except the keywords, which the plan and the rollback back up.
/// </summary>
internal static class WriteOperations
{
    /// <summary>
    /// Procedures a raw query may CALL: read-only introspection, compared by exact name as Neo4j does. Never
    /// <c>dbms.security.*</c>, <c>dbms.changePassword</c> or anything unknown: the rollback does not undo security procedures.
    /// </summary>
    public static readonly IReadOnlySet<string> AllowedProcedures = new HashSet<string>(StringComparer.Ordinal)
    {
        "dbms.components", "dbms.procedures", "dbms.functions",
        "db.labels", "db.relationshipTypes", "db.propertyKeys",
        "db.schema", "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
        "db.indexes", "db.constraints",
    };

    /// <summary>
    /// Namespaces of Neo4j's own namespaced functions (5.x temporal, spatial and vector functions). Other namespaced
    /// functions come from plugins and run plugin code inside the query, so they are refused.
    /// </summary>
    public static readonly IReadOnlySet<string> AllowedFunctionNamespaces = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "date", "datetime", "localdatetime", "localtime", "time", "duration", "point", "vector.similarity",
    };

    /// <summary>Namespaced built-in functions whose namespace is not allowed as a whole.</summary>
    public static readonly IReadOnlySet<string> AllowedFunctions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "db.nameFromElementId",
    };

    /// <summary>
    /// Plan operators that only read, as Neo4j 3.1 (seen in EXPLAIN plans of real read queries on 3.1.1) and 4.x/5.x
    /// (the Cypher manual's operator list, without the updating ones) name them; 5.x appends <c>@neo4j</c>, which is
    /// stripped before the lookup. <c>ProcedureCall</c> is here because the procedure it calls is checked on its own.
    /// Any operator not listed refuses the query.
    /// </summary>
    public static readonly IReadOnlySet<string> ReadOperators = new HashSet<string>(StringComparer.Ordinal)
    {
        // Leaves: scans and seeks.
        "AllNodesScan", "PartitionedAllNodesScan", "NodeByLabelScan", "PartitionedNodeByLabelScan",
        "IntersectionNodeByLabelsScan", "UnionNodeByLabelsScan", "SubtractionNodeByLabelsScan",
        "NodeByIdSeek", "NodeByElementIdSeek", "NodeIndexSeek", "NodeUniqueIndexSeek", "MultiNodeIndexSeek",
        "NodeIndexSeekByRange", "NodeUniqueIndexSeekByRange", "NodeIndexScan", "NodeIndexContainsScan", "NodeIndexEndsWithScan",
        "PartitionedNodeIndexSeek", "PartitionedNodeIndexScan",
        "DirectedRelationshipByIdSeek", "UndirectedRelationshipByIdSeek", "DirectedRelationshipByIdSeekPipe",
        "DirectedRelationshipByElementIdSeek", "UndirectedRelationshipByElementIdSeek",
        "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
        "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan",
        "DirectedUnionRelationshipTypesScan", "UndirectedUnionRelationshipTypesScan",
        "DirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeek",
        "DirectedRelationshipIndexSeekByRange", "UndirectedRelationshipIndexSeekByRange",
        "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan",
        "DirectedRelationshipIndexContainsScan", "UndirectedRelationshipIndexContainsScan",
        "DirectedRelationshipIndexEndsWithScan", "UndirectedRelationshipIndexEndsWithScan",
        "NodeCountFromCountStore", "RelationshipCountFromCountStore", "Argument", "ArgumentTracker", "EmptyRow", "Input",
        // Traversal.
        "Expand(All)", "Expand(Into)", "OptionalExpand(All)", "OptionalExpand(Into)",
        "VarLengthExpand(All)", "VarLengthExpand(Into)", "VarLengthExpand(Pruning)", "VarLengthExpand(Pruning,BFS)",
        "BFSPruningVarLengthExpand", "PruningVarLengthExpand", "ShortestPath", "StatefulShortestPath(All)",
        "StatefulShortestPath(Into)", "Repeat(Trail)", "Repeat(Walk)", "ProjectEndpoints", "TriadicSelection",
        "TriadicBuild", "TriadicFilter", "NullifyMetadata",
        // Rows: filters, projections, ordering, aggregation.
        "Filter", "Projection", "Aggregation", "EagerAggregation", "OrderedAggregation", "Distinct", "OrderedDistinct",
        "Sort", "PartialSort", "Top", "Top1", "PartialTop", "Limit", "ExhaustiveLimit", "Skip", "Unwind", "PartitionedUnwind",
        "Eager", "CacheProperties", "ProduceResults", "EmptyResult", "Optional", "Union", "OrderedUnion",
        "ProcedureCall",
        // Joins and nested loops.
        "Apply", "SemiApply", "AntiSemiApply", "LetSemiApply", "LetAntiSemiApply", "SelectOrSemiApply",
        "SelectOrAntiSemiApply", "LetSelectOrSemiApply", "LetSelectOrAntiSemiApply", "RollUpApply", "Anti",
        "CartesianProduct", "NodeHashJoin", "ValueHashJoin", "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin",
        // Read-only listings (5.x).
        "ShowIndexes", "ShowConstraints", "ShowProcedures", "ShowFunctions",
    };

    /// <summary>The operation named by the first refusal of the text check (command, keyword or unreadable text), or null.</summary>
    public static string? RefusedCommand(string query) =>
        ReadOnlyText.Refusals(query).FirstOrDefault(r => r.Check == ReadOnlyCheck.Text)?.Operation;

    /// <summary>Procedures named after CALL (backticks removed) that are not allowed, in order of appearance.</summary>
    public static IReadOnlyList<string> RefusedProcedures(string query) =>
        ReadOnlyText.Refusals(query).Where(r => r.Check == ReadOnlyCheck.Procedure).Select(r => r.Operation).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>True when a plan operator is not known to only read (5.x's <c>@runtime</c> suffix ignored).</summary>
    public static bool IsWriteOperator(string operatorType) => !ReadOperators.Contains(ReadOnlyPlan.OperatorName(operatorType));
}
