namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>
/// Which elements the content sync owns: those with a <c>sourceFile</c> that no bulk import stamped.
/// Load nodes have no sourceFile; imported datasets carry <c>importRun</c> and are managed by the importer.
/// </summary>
public static class ContentOwnership
{
    /// <summary>The property a bulk import stamps on everything it writes.</summary>
    public const string ImportRunProperty = "importRun";

    /// <summary>A Cypher predicate (for variable <paramref name="variable"/>) selecting content-owned elements.</summary>
    public static string Predicate(string variable) =>
        $"{variable}.sourceFile IS NOT NULL AND {variable}.{ImportRunProperty} IS NULL";
}
