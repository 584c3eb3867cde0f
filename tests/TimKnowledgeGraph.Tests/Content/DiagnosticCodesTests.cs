using System.Reflection;
using System.Runtime.CompilerServices;
using TimKnowledgeGraph.Domain.Content.Validation;

namespace TimKnowledgeGraph.Tests.Content;

public sealed class DiagnosticCodesTests
{
    private static IReadOnlyList<string> Codes() =>
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    [Fact]
    public void CodesShouldBeUnique() => Assert.Equal(Codes().Count, Codes().Distinct().Count());

    [Fact]
    public void EveryCodeShouldBeDocumentedInTheContentReadme()
    {
        var readme = File.ReadAllText(Path.Combine(SourceDirectory(), "..", "..", "..", "content", "README.md"));
        Assert.All(Codes(), code => Assert.Contains($"| {code} |", readme));
    }

    private static string SourceDirectory([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;

    [Fact]
    public void EveryCodeShouldHaveASpecCase()
    {
        var expected = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Specs", "Cases"), "expected.txt", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToList();
        Assert.All(Codes(), code => Assert.Contains(expected, text => text.Contains($" {code}: ", StringComparison.Ordinal)));
    }
}
