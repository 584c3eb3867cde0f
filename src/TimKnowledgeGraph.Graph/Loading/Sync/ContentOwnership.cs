namespace TimKnowledgeGraph.Graph.Loading.Sync;

/// <summary>
/// Which elements the content sync owns: those with a <c>sourceFile</c> that no bulk import stamped.
/// Load nodes have no sourceFile; imported datasets carry <c>importRun</c> and are managed by the importer.
/// </summary>
/// <remarks>
/// Some nodes are shared: a <c>Region</c> that content and an imported dataset both declare, a <c>Concept</c> an imported
/// layer is an <c>INSTANCE_OF</c>. They are owned by reference: every import that uses one names itself in the node's
/// <see cref="ImportedByProperty"/> list, and the content owns it while a content file declares it. Each owner writes and
/// deletes only its own part: the content sync keeps <see cref="ImportedByProperty"/> when it rewrites such a node, and
/// when content no longer declares it, deletes only the content's relationships and properties (the node stays, held by
/// the imports, until the last of them lets go; the importer then deletes it unless content declares it again).
/// </remarks>
internal static class ContentOwnership
{
    /// <summary>The property a bulk import stamps on everything it writes.</summary>
    public const string ImportRunProperty = "importRun";

    /// <summary>On a shared node: the ids of the imported datasets that use it (absent when none does).</summary>
    public const string ImportedByProperty = "importedBy";

    /// <summary>A Cypher predicate (for variable <paramref name="variable"/>) selecting content-owned elements.</summary>
    public static string Predicate(string variable) =>
        $"{variable}.sourceFile IS NOT NULL AND {variable}.{ImportRunProperty} IS NULL";

    /// <summary>
    /// The properties of a content-owned node as the content wrote them: without the imports' references, which are
    /// not the content's to compare or rewrite.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> ContentProperties(IReadOnlyDictionary<string, object?> properties) =>
        properties.ContainsKey(ImportedByProperty)
            ? properties.Where(p => p.Key != ImportedByProperty).ToDictionary(StringComparer.Ordinal)
            : properties;
}
