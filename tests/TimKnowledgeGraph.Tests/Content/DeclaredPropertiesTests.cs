using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content;

/// <summary>
/// The write side of the content keeps to the one declaration (Shapes): every property the mapper gives a node or a
/// relationship of the seed corpus is declared for its label or type, so a property written under a name the readers,
/// the Cypher shape check and the exports do not know fails here, not on a page.
/// </summary>
public sealed class DeclaredPropertiesTests
{
    [Fact]
    public void Every_property_the_content_mapper_writes_is_declared_for_its_label_or_type()
    {
        var result = ContentPipeline.Load(RepositoryPaths.Content);

        var undeclared = result.Nodes
            .SelectMany(n => n.Properties.Keys.Where(k => !Declared(n.Label).Contains(k)).Select(k => $"{n.Label}.{k} ({n.Source.File}:{n.Source.Line})"))
            .Concat(result.Relationships.SelectMany(r => r.Properties.Keys
                .Where(k => !Shapes.RelationshipProperties(r.Type).Contains(k)).Select(k => $"{r.Type}.{k} ({r.Source.File}:{r.Source.Line})")))
            .Distinct().ToList();

        Assert.True(undeclared.Count == 0, $"Undeclared properties written:\n{string.Join('\n', undeclared.Take(20))}");
        // The check has something to check: every kind of content node is in the corpus, with its properties.
        Assert.All([GraphSchema.Reference, GraphSchema.Concept, GraphSchema.Critique, GraphSchema.Evidence],
            label => Assert.Contains(result.Nodes, n => n.Label == label && n.Properties.Count > 1));
    }

    private static IReadOnlyList<string> Declared(string label) =>
        Shapes.NodeProperties.TryGetValue(label, out var properties) ? properties : [];
}
