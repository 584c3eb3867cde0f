using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content.Hostile;

/// <summary>
/// Symbolic links are never followed: one link to '.' inside concepts/ gave 3,080 duplicate-id errors, two made the
/// walk loop forever (that case runs in a child process: <see cref="ChildProcessValidateTests"/>).
/// </summary>
public sealed class LinkTests
{
    [Fact]
    public void ShouldReportALinkBackIntoTheTreeOnceByName()
    {
        using var content = TempContent.SmallLineage();
        Directory.CreateSymbolicLink(Path.Combine(content.Root, "concepts/loop"), ".");

        var result = ContentPipeline.Load(content.Root);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.LinkNotFollowed, new SourceLocation("concepts/loop", 1, 1)), (d.Code, d.Location));
        Assert.Contains("'concepts/loop' is a symbolic link to '.'", d.Message);
        Assert.DoesNotContain(result.Files, f => f.Path.StartsWith("concepts/loop/", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldNotReadAFileThroughALink()
    {
        using var content = TempContent.SmallLineage();
        var outside = Path.Combine(Path.GetTempPath(), $"timkg-outside-{Guid.NewGuid():n}.md");
        File.WriteAllText(outside, "---\nkind: framework\nname: Outside\n---\n");
        try
        {
            File.CreateSymbolicLink(Path.Combine(content.Root, "concepts/outside.md"), outside);

            var result = ContentPipeline.Load(content.Root);

            var d = Assert.Single(result.Diagnostics);
            Assert.Equal((DiagnosticCodes.LinkNotFollowed, "concepts/outside.md"), (d.Code, d.Location.File));
            Assert.DoesNotContain(result.Nodes, n => n.Id == "outside");
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void ShouldIgnoreLinksWhereNoContentCanBe()
    {
        using var content = TempContent.SmallLineage();
        Directory.CreateSymbolicLink(Path.Combine(content.Root, "attachments"), "/tmp");
        Directory.CreateSymbolicLink(Path.Combine(content.Root, "concepts/.hidden"), ".");

        Assert.Empty(ContentPipeline.Load(content.Root).Diagnostics);
    }

    [Fact]
    public void ShouldRefuseAnOversizedDataFileOnceWithoutCallingItMissing()
    {
        using var content = HostileContent.With("networks/d/dataset.md", HostileContent.DatasetWith());
        File.WriteAllText(Path.Combine(content.Root, "networks/d/actors.csv"), "id,name,kind\n");
        using (var ties = File.Create(Path.Combine(content.Root, "networks/d/ties.csv"))) ties.SetLength(ContentLimits.MaxNetworkFileBytes + 1);

        var files = ContentDiscovery.Discover(content.Root);
        var d = Assert.Single(ContentPipeline.Load(content.Root).Diagnostics, d => d.Severity == Severity.Error);

        Assert.Equal(ContentFileKind.Refused, Assert.Single(files, f => f.Path == "networks/d/ties.csv").Kind);
        Assert.Equal((DiagnosticCodes.TooLarge, new SourceLocation("networks/d/ties.csv", 1, 1)), (d.Code, d.Location));
        Assert.Contains("timkg import", d.Hint);
    }
}
