using System.Text;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Tests.Content.Hostile;

/// <summary>
/// Hostile content the readers must refuse with one located diagnostic (issue 12, part 3): what was found, what was
/// expected, and the rest of the corpus still read. Cases that crashed or hung the process on the old code run in a
/// child process instead (<see cref="ChildProcessValidateTests"/>).
/// </summary>
public sealed class ReaderLimitTests
{
    private static readonly Encoding Latin1 = Encoding.Latin1;

    [Fact]
    public void ShouldRefuseANoteOverTheSizeLimitWithoutReadingIt()
    {
        using var content = HostileContent.With("concepts/valid.md", HostileContent.Note);
        var big = Path.Combine(content.Root, "concepts/big.md");
        using (var file = File.Create(big)) file.SetLength(30L << 20); // sparse: 30 MiB on disk costs nothing

        var result = ContentPipeline.Load(content.Root);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("concepts/big.md:1:1: error TKG090: file is 30 MiB, expected at most 1 MiB for a note; it is not read (split it into several files)", d.ToString());
        Assert.Contains(result.Nodes, n => n.Id == "valid");
    }

    // 10,000 notes of 199 broken links each (under the per-file cap) kept two million diagnostics before: 1.5 GB in
    // the host, a 257 MB load status, a 482 MB log.
    [Fact]
    public void ShouldKeepAtMostTheLimitOfDiagnosticsPerLoadAndCountTheRestInOneError()
    {
        using var content = HostileContent.With("concepts/valid.md", HostileContent.Note);
        const int notes = 30, linksEach = 150; // 4,500 broken links, 150 per file
        for (var i = 0; i < notes; i++)
        {
            var links = string.Concat(Enumerable.Range(0, linksEach).Select(j => $"[[nope-{i}-{j}]] "));
            File.WriteAllText(Path.Combine(content.Root, "concepts", $"broken-{i:00}.md"), $"---\nkind: concept\nname: Broken {i}\n---\n{links}\n");
        }

        var diagnostics = ContentPipeline.Load(content.Root).Diagnostics;

        Assert.Equal(ContentLimits.MaxDiagnosticsPerLoad + 1, diagnostics.Count);
        var closing = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.TooLarge);
        Assert.Equal(Severity.Error, closing.Severity);
        Assert.StartsWith($"{notes * linksEach - ContentLimits.MaxDiagnosticsPerLoad} more problem(s) in this load are not shown (at most 2000 are kept per load); the first error among them, at concepts/broken-", closing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldReportTheFirstByteThatIsNotUtf8InANote()
    {
        using var content = HostileContent.With("concepts/cafe.md", Latin1.GetBytes("---\nkind: framework\nname: Café\n---\n"));

        var d = HostileContent.Single(content);

        Assert.Equal(new SourceLocation("concepts/cafe.md", 3, 10), d.Location);
        Assert.Equal(DiagnosticCodes.NotUtf8, d.Code);
        Assert.Contains("byte 0xE9 is not UTF-8", d.Message);
    }

    [Theory]
    [InlineData("references/refs.bib", "@book{k,\n  title = {Ré}\n}\n", 2, 13)]
    [InlineData("references/refs.json", "[{\"id\": \"k\", \"title\": \"Ré\"}]", 1, 25)]
    public void ShouldReportBytesThatAreNotUtf8InReferences(string path, string text, int line, int column)
    {
        using var content = HostileContent.With(path, Latin1.GetBytes(text));

        var d = HostileContent.Single(content);

        Assert.Equal((DiagnosticCodes.NotUtf8, new SourceLocation(path, line, column)), (d.Code, d.Location));
    }

    [Fact]
    public void ShouldReportBytesThatAreNotUtf8InNetworkFiles()
    {
        using var content = HostileContent.With("networks/d/dataset.md", HostileContent.DatasetWith("graphml: g.graphml"));
        File.WriteAllBytes(Path.Combine(content.Root, "networks/d/g.graphml"),
            Latin1.GetBytes("<graphml>\n<key id=\"n\" for=\"node\" attr.name=\"name\"/>\n<graph><node id=\"a\"><data key=\"n\">Zürich</data></node></graph></graphml>"));

        var errors = HostileContent.Load(content).Where(d => d.Severity == Severity.Error).ToList();

        var d = Assert.Single(errors);
        Assert.Equal((DiagnosticCodes.NotUtf8, new SourceLocation("networks/d/g.graphml", 3, 36)), (d.Code, d.Location));
    }

    [Fact]
    public void ShouldReportBytesThatAreNotUtf8InACsvFile()
    {
        using var content = HostileContent.With("networks/d/dataset.md", HostileContent.DatasetWith());
        File.WriteAllBytes(Path.Combine(content.Root, "networks/d/actors.csv"), Latin1.GetBytes("id,name,kind\nx,Café,firm\n"));
        File.WriteAllText(Path.Combine(content.Root, "networks/d/ties.csv"), "source,target,layer\n");

        var d = Assert.Single(HostileContent.Load(content), d => d.Severity == Severity.Error);

        Assert.Equal((DiagnosticCodes.NotUtf8, new SourceLocation("networks/d/actors.csv", 2, 6)), (d.Code, d.Location));
    }

    [Fact]
    public void ShouldRefuseYamlAliasesThatExpandExponentially()
    {
        var laughs = new StringBuilder("---\nkind: framework\nname: Laughs\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++) laughs.Append($"x{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        using var content = HostileContent.With("concepts/laughs.md", laughs.Append("---\n").ToString());

        var d = HostileContent.Single(content);

        Assert.Equal(DiagnosticCodes.TooDeep, d.Code);
        Assert.Equal("concepts/laughs.md", d.Location.File);
        Assert.Contains("more than 100000 values once its aliases are expanded", d.Message);
    }

    [Fact]
    public void ShouldRefuseAnAliasInsideTheNodeItNames()
    {
        using var content = HostileContent.With("concepts/loop.md", "---\nkind: framework\nname: Loop\naliases: &a [x, *a]\n---\n");

        var d = HostileContent.Single(content);

        Assert.Equal((DiagnosticCodes.TooDeep, new SourceLocation("concepts/loop.md", 4, 17)), (d.Code, d.Location));
    }

    [Theory]
    [InlineData("", 7)]
    [InlineData("summary: see [this]\n", 8)] // a bracket in the front matter is YAML, not Markdown: it nests nothing
    public void ShouldReportMarkdownNestedTooDeeplyInTheBodyWhereItIsDeepest(string frontMatter, int line)
    {
        // Every '*' and '_' here can open emphasis and none can close it: Markdig nests the paragraph's rest inside each.
        var emphasis = string.Concat(Enumerable.Repeat("*a _", 10_000));
        using var content = HostileContent.With("concepts/emphasis.md", $"---\nkind: framework\nname: Emphasis\n{frontMatter}---\nFirst.\n\n{emphasis}\n");

        var d = HostileContent.Single(content);

        Assert.Equal((DiagnosticCodes.TooDeep, "concepts/emphasis.md", line), (d.Code, d.Location.File, d.Location.Line));
        Assert.InRange(d.Location.Column, 2, emphasis.Length); // inside the run, not at the start of a line
    }

    [Fact]
    public void ShouldRefuseFrontMatterOverItsSizeLimit()
    {
        var keys = string.Concat(Enumerable.Range(0, 5000).Select(i => $"summary{i}: {new string('x', 10)}\n"));
        using var content = HostileContent.With("concepts/long.md", $"---\nkind: framework\nname: Long\n{keys}---\n");

        var d = HostileContent.Single(content);

        Assert.Equal((DiagnosticCodes.TooLarge, new SourceLocation("concepts/long.md", 1, 1)), (d.Code, d.Location));
        Assert.Contains("expected at most 65536", d.Message);
    }

    [Fact]
    public void ShouldRefuseBibTexMacrosThatExpandExponentiallyOnce()
    {
        var bib = new StringBuilder("@string{a0 = \"lollollollol\"}\n");
        for (var i = 1; i < 12; i++) bib.Append($"@string{{a{i} = {string.Join(" # ", Enumerable.Repeat($"a{i - 1}", 10))}}}\n");
        using var content = HostileContent.With("references/laughs.bib", bib.Append("@book{k, title = a11}\n").ToString());

        var d = HostileContent.Single(content);

        Assert.Equal(DiagnosticCodes.TooLarge, d.Code);
        Assert.Equal(6, d.Location.Line);
    }

    [Fact]
    public void ShouldRefuseCslJsonNestedDeeperThanItsLimitOnce()
    {
        using var content = HostileContent.With("references/deep.json", new string('[', 100_000) + new string(']', 100_000));

        var d = HostileContent.Single(content);

        Assert.Equal((DiagnosticCodes.TooDeep, "references/deep.json"), (d.Code, d.Location.File));
        Assert.Contains("more than 64 levels", d.Message);
    }

    [Fact]
    public void ShouldRefuseACsvHeaderWithMillionsOfColumnsOnce()
    {
        using var content = HostileContent.With("networks/d/dataset.md", HostileContent.DatasetWith());
        File.WriteAllText(Path.Combine(content.Root, "networks/d/actors.csv"),
            "id,name,kind," + string.Join(",", Enumerable.Range(0, 1_000_000).Select(i => $"c{i}")) + "\n");
        File.WriteAllText(Path.Combine(content.Root, "networks/d/ties.csv"), "source,target,layer\n");

        var errors = HostileContent.Load(content).Where(d => d.Severity == Severity.Error).ToList();

        var d = Assert.Single(errors);
        Assert.Equal((DiagnosticCodes.TooLarge, new SourceLocation("networks/d/actors.csv", 1, 1)), (d.Code, d.Location));
    }

    [Fact]
    public void ShouldRefuseGraphMlEntitiesWithoutExpandingThem()
    {
        using var content = HostileContent.With("networks/d/dataset.md", HostileContent.DatasetWith("graphml: g.graphml"));
        File.WriteAllText(Path.Combine(content.Root, "networks/d/g.graphml"), """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>
            <graphml><graph><node id="&lol2;"/></graph></graphml>
            """);

        var d = Assert.Single(HostileContent.Load(content), d => d.Severity == Severity.Error);

        // At the '<' of the declaration, in our words (it quoted .NET's advice to set DtdProcessing).
        Assert.Equal((DiagnosticCodes.MalformedGraphMl, new SourceLocation("networks/d/g.graphml", 2, 1)), (d.Code, d.Location));
        Assert.StartsWith("a declaration (<!DOCTYPE ...> or another <!...>), which GraphML does not need", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DtdProcessing", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldCapTheDiagnosticsOfOneFile()
    {
        var rows = string.Concat(Enumerable.Range(0, 5000).Select(i => $"a{i},b,l,x,1,extra\n"));
        using var content = HostileContent.With("networks/d/dataset.md", HostileContent.DatasetWith());
        File.WriteAllText(Path.Combine(content.Root, "networks/d/actors.csv"), "id,name,kind\n");
        File.WriteAllText(Path.Combine(content.Root, "networks/d/ties.csv"), "source,target,layer\n" + rows);

        var diagnostics = HostileContent.Load(content).Where(d => d.Location.File == "networks/d/ties.csv").ToList();

        Assert.Equal(201, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error && d.Code == DiagnosticCodes.TooLarge && d.Message.StartsWith("4800 more problem(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void ShouldCapWhatValidationFindsInOneFileToo()
    {
        // Valid rows that validation (not reading) finds fault with: each repeats the first, and names an unknown actor.
        var rows = string.Concat(Enumerable.Repeat("a,b,l\n", 400)) + string.Concat(Enumerable.Range(0, 400).Select(i => $"a,c{i},l\n"));
        using var content = HostileContent.With("networks/d/dataset.md", HostileContent.DatasetWith());
        File.WriteAllText(Path.Combine(content.Root, "networks/d/actors.csv"), "id,name,kind\na,A,firm\nb,B,firm\n");
        File.WriteAllText(Path.Combine(content.Root, "networks/d/ties.csv"), "source,target,layer\n" + rows);

        var diagnostics = HostileContent.Load(content).Where(d => d.Location.File == "networks/d/ties.csv").ToList();

        Assert.Equal(201, diagnostics.Count);
        Assert.Equal(200, diagnostics.Count(d => d.Code == DiagnosticCodes.DuplicateTie));
        var closing = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.TooLarge);
        Assert.Equal(Severity.Error, closing.Severity);
        // The 200 kept are warnings: the closing line names the first error they would otherwise hide.
        Assert.StartsWith("599 more problem(s) in this file are not shown (at most 200 are kept per file); " +
            "the first error among them, at 402:3: TKG030: tie target 'c0' is not an actor of dataset", closing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldFindTheWholeCycleOfALongChainWithoutRecursion()
    {
        using var content = new Infrastructure.TempContent();
        for (var i = 0; i < 1000; i++)
            content.With($"concepts/c{i:D4}.md", $"---\nkind: framework\nname: C{i}\nderived_from: [c{(i + 1) % 1000:D4}]\n---\n");

        var d = Assert.Single(HostileContent.Load(content));

        Assert.Equal((DiagnosticCodes.Cycle, new SourceLocation("concepts/c0000.md", 4, 16)), (d.Code, d.Location));
        Assert.Equal(1001, d.Message.Split(" -> ").Length);
    }

    [Fact]
    public void ShouldRefuseIdsTooLongForNeo4jsIndexInEvidenceAndReferences()
    {
        // Ids are index keys; Neo4j 3.1 neither finds nor keeps unique one past Lucene's 32,766-byte term. (A note's id
        // is its file name, which the file system keeps short.)
        var id = new string('n', ContentLimits.MaxIdChars + 1);
        using var content = HostileContent.With("concepts/long.md", $"---\nkind: framework\nname: Long\nevidence:\n  - id: {id}\n    stance: supports\n    from: storper1993\n---\n")
            .With("references/refs.bib", $"@book{{{id},\n  author = {{{id} and Storper, Michael}},\n  year = {{1993}}\n}}\n@book{{storper1993,\n  year = {{1993}}\n}}\n")
            .With("references/refs.json", $"[{{\"id\": \"{id}x\", \"title\": \"T\"}}]");
        var excerpt = id[..57] + "...";

        var result = ContentPipeline.Load(content.Root);

        Assert.Equal(
        [
            $"concepts/long.md:5:9: error TKG090: evidence id '{excerpt}' is 1,001 characters long, expected at most 1,000 (ids are index keys in Neo4j)",
            $"references/refs.bib:1:1: error TKG090: author id (made from the name) '{excerpt}' is 1,001 characters long, expected at most 1,000 (ids are index keys in Neo4j)",
            $"references/refs.bib:1:7: error TKG090: reference key '{excerpt}' is 1,001 characters long, expected at most 1,000 (ids are index keys in Neo4j)",
            $"references/refs.json:1:2: error TKG090: reference key '{excerpt}' is 1,002 characters long, expected at most 1,000 (ids are index keys in Neo4j)",
        ], result.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ShouldAcceptIdsOfTheLengthLimitInEvidenceAndReferences()
    {
        var id = new string('n', ContentLimits.MaxIdChars);
        using var content = HostileContent.With("concepts/long.md", $"---\nkind: framework\nname: Long\nevidence:\n  - id: {id}\n    stance: supports\n    from: storper1993\n---\n")
            .With("references/refs.bib", $"@book{{storper1993,\n  author = {{{id}}},\n  year = {{1993}}\n}}\n");

        var result = ContentPipeline.Load(content.Root);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Nodes, n => n.Id == id && n.Label == "Author");
        Assert.Contains(result.Nodes, n => n.Id == id && n.Label == "Evidence");
    }
}
