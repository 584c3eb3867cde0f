using System.Runtime.CompilerServices;
using System.Text;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Tests.Specs;

/// <summary>
/// Runs every case in Specs/Cases: each folder is a tiny content root plus an expected.txt. Diagnostics are always
/// compared in full; the graph is compared in full when expected.txt lists any graph line (lines starting with '(').
/// Lines starting with '#' are comments. A failing case prints a diff and the whole actual output.
/// Set TKG_UPDATE_SPECS=1 to write the actual output into the source expected.txt (then review the diff in git).
/// </summary>
public sealed class SpecCaseTests
{
    private static readonly string CasesRoot = Path.Combine(AppContext.BaseDirectory, "Specs", "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.EnumerateDirectories(CasesRoot).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ContentLoadsAsSpecified(string name)
    {
        var root = Path.Combine(CasesRoot, name);
        var expectedLines = File.ReadAllLines(Path.Combine(root, "expected.txt"))
            .Select(l => l.TrimEnd())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        var compareGraph = expectedLines.Any(l => l.StartsWith('('));

        CreateLinks(root);
        var result = ContentPipeline.Load(root);
        var actualLines = GraphText.Diagnostics(result).Concat(compareGraph ? GraphText.Graph(result) : []).ToList();

        AssertProvenance(result);
        if (Environment.GetEnvironmentVariable("TKG_UPDATE_SPECS") == "1" && !expectedLines.SequenceEqual(actualLines))
            Update(name, actualLines, compareGraph);
        if (!expectedLines.SequenceEqual(actualLines))
            Assert.Fail($"Spec case '{name}' differs (- expected, + actual):\n{Diff(expectedLines, actualLines)}\n\nActual output:\n{string.Join('\n', actualLines)}");
    }

    // Symbolic links do not survive the copy to the output folder: a case lists them in links.txt ("path -> target",
    // target relative to the link) and they are made here, before the load.
    private static void CreateLinks(string root)
    {
        var list = Path.Combine(root, "links.txt");
        if (!File.Exists(list)) return;
        foreach (var line in File.ReadAllLines(list).Where(l => l.Contains(" -> ", StringComparison.Ordinal)))
        {
            var (link, target) = (Path.Combine(root, line.Split(" -> ")[0].Trim()), line.Split(" -> ")[1].Trim());
            if (new FileInfo(link).LinkTarget is not null) continue;
            File.Delete(link);
            File.CreateSymbolicLink(link, target);
        }
    }

    // Every node and relationship carries its Source location as properties too.
    private static void AssertProvenance(ContentLoadResult result)
    {
        foreach (var (properties, source) in result.Nodes.Select(n => (n.Properties, n.Source))
                     .Concat(result.Relationships.Select(r => (r.Properties, r.Source))))
        {
            Assert.Equal(source.File, properties[GraphSchema.SourceFileProperty]);
            Assert.Equal((long)source.Line, properties[GraphSchema.SourceLineProperty]);
        }
    }

    private static string Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        // Longest common subsequence diff: small inputs, readable output.
        var lcs = new int[expected.Count + 1, actual.Count + 1];
        for (var i = expected.Count - 1; i >= 0; i--)
            for (var j = actual.Count - 1; j >= 0; j--)
                lcs[i, j] = expected[i] == actual[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var output = new StringBuilder();
        int a = 0, b = 0;
        while (a < expected.Count || b < actual.Count)
        {
            if (a < expected.Count && b < actual.Count && expected[a] == actual[b]) { output.AppendLine("  " + expected[a]); a++; b++; }
            else if (b < actual.Count && (a == expected.Count || lcs[a, b + 1] >= lcs[a + 1, b])) output.AppendLine("+ " + actual[b++]);
            else output.AppendLine("- " + expected[a++]);
        }
        return output.ToString();
    }

    private static void Update(string name, IReadOnlyList<string> actual, bool graph, [CallerFilePath] string here = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(here)!, "Cases", name, "expected.txt");
        var comments = File.ReadAllLines(path).TakeWhile(l => l.StartsWith('#')).ToList();
        if (!graph && actual.Count == 0) comments.Add("# no diagnostics");
        File.WriteAllLines(path, comments.Concat(actual));
    }
}
