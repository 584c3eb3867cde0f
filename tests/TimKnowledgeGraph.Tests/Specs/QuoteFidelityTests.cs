using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Specs;

/// <summary>
/// Nothing quoted is invented: every quote in content/ (evidence quotes and the quotes typed links carry as their
/// ground) is, after whitespace and typographic normalisation (<see cref="SourceTexts.Normalise"/>), an exact
/// substring of one of the two source texts. Skipped with a reason when the seeds are not beside the repository,
/// except under CI, where their absence fails.
/// </summary>
public sealed class QuoteFidelityTests
{
    [SeedsFact]
    public void EveryQuoteInTheCorpusShouldBeInASourceText()
    {
        Assert.True(SourceTexts.Available, $"The source texts are missing: expected *.txt files in {SourceTexts.Folder}");
        var sources = SourceTexts.Normalised();
        var quotes = Quotes(ContentPipeline.Load(RepositoryPaths.Content)).ToList();

        var invented = quotes.Where(q => !sources.Any(s => s.Contains(SourceTexts.Normalise(q.Quote), StringComparison.Ordinal)))
            .Select(q => $"{q.At}: \"{q.Quote}\"").ToList();

        Assert.True(invented.Count == 0, $"{invented.Count} quote(s) are not in a source text:\n{string.Join('\n', invented)}");
        // The corpus quotes its sources on evidence and on links: both kinds must be there to be checked.
        Assert.Contains(quotes, q => q.OnLink);
        Assert.Contains(quotes, q => !q.OnLink);
    }

    [Fact]
    public void NormalisationShouldOnlyForgiveLayoutAndTypography()
    {
        Assert.Equal("the 'spatial envelope' - a \"term\"...", SourceTexts.Normalise("the ‘spatial\n  envelope’ – a “term”…"));
        // Words are not changed: a quote with a different word still fails.
        Assert.DoesNotContain(SourceTexts.Normalise("the spatial wrapper"), SourceTexts.Normalise("the spatial envelope"), StringComparison.Ordinal);
    }

    private static IEnumerable<(string Quote, string At, bool OnLink)> Quotes(ContentLoadResult result)
    {
        foreach (var node in result.Nodes)
            if (node.Label == GraphSchema.Evidence && node.Properties.GetValueOrDefault("quote") is string quote)
                yield return (quote, $"{node.Source.File}:{node.Source.Line}", false);
        foreach (var relationship in result.Relationships)
            if (relationship.Properties.GetValueOrDefault("quote") is string quote)
                yield return (quote, $"{relationship.Source.File}:{relationship.Source.Line}", true);
    }
}
