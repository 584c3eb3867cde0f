using System.Diagnostics;
using System.Text;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content.Hostile;

/// <summary>
/// Content that crashed (stack overflow, exit 134) or hung <c>timkg validate</c> on the old code, run through the real
/// CLI in a child process under a time limit: a regression shows as a failing exit code or a timeout, not as a dead or
/// hung test run. Each must end in exit 1 with one diagnostic for the hostile file.
/// </summary>
public sealed class ChildProcessValidateTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string, string> Cases() => new()
    {
        // name, hostile file, its text
        { "yaml-20k", "concepts/deep.md", HostileContent.DeepYamlNote(20_000) },
        { "yaml-100k", "concepts/deep.md", "---\nkind: framework\nname: Deep\naliases:\n" + string.Concat(Enumerable.Repeat("- ", 30_000)) + "x\n---\n" },
        { "quotes-130", "concepts/quotes.md", "---\nkind: framework\nname: Quotes\n---\n" + new string('>', 130) + " deep\n" },
        { "lists-300", "concepts/lists.md", "---\nkind: framework\nname: Lists\n---\n" + string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- item\n")) },
        { "links-unclosed", "concepts/links.md", "---\nkind: framework\nname: Links\n---\n\n" + string.Concat(Enumerable.Repeat("[a](", 250_000)) + "\n" },
        // Lines indented like list items that continue the paragraph above: 70 s when each was counted as a paragraph.
        { "pi-continuation-1900", "concepts/pi.md", "---\nkind: framework\nname: PI\n---\nStart of paragraph\n" + string.Concat(Enumerable.Repeat("    - " + string.Concat(Enumerable.Repeat("<?a ", 80)) + "\n", 1_900)) },
        // Obsidian syntax: callouts nest as block quotes do, inline footnotes as brackets.
        { "callouts-100k", "concepts/callouts.md", "---\nkind: framework\nname: Callouts\n---\n" + string.Concat(Enumerable.Repeat("> ", 100_000)) + "[!note] deep\n" },
        { "inline-footnotes-100k", "concepts/footnotes.md", "---\nkind: framework\nname: Footnotes\n---\nx" + string.Concat(Enumerable.Repeat("^[", 100_000)) + new string(']', 100_000) + "\n" },
        { "bib-at-signs", "references/ats.bib", "x" + new string('@', 2_000_000) + "\n" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ShouldGiveOneDiagnosticAndExitOne(string name, string path, string text)
    {
        using var content = HostileContent.With(path, text);

        var (exitCode, output) = await ValidateAsync(content.Root);

        Assert.True(exitCode == 1, $"{name}: exit code {exitCode}, output:\n{output}");
        var diagnostics = output.Split('\n').Where(l => l.Contains(": error TKG", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(diagnostics);
        Assert.StartsWith(path + ":", line, StringComparison.Ordinal);
        Assert.Contains("1 error(s)", output);
    }

    [Fact]
    public async Task ShouldNotLoopThroughTwoLinksToTheSameFolder()
    {
        using var content = TempContent.SmallLineage();
        Directory.CreateSymbolicLink(Path.Combine(content.Root, "concepts/loop"), ".");
        Directory.CreateSymbolicLink(Path.Combine(content.Root, "concepts/loop2"), ".");

        var (exitCode, output) = await ValidateAsync(content.Root);

        Assert.True(exitCode == 1, $"exit code {exitCode}, output:\n{output}");
        Assert.Contains("concepts/loop:1:1: error TKG093: 'concepts/loop' is a symbolic link to '.'", output);
        Assert.Contains("concepts/loop2:1:1: error TKG093:", output);
        Assert.Contains("2 error(s)", output);
    }

    /// <summary>Runs <c>dotnet timkg.dll validate</c>; a run over the limit is killed and fails the test.</summary>
    internal static async Task<(int ExitCode, string Output)> ValidateAsync(string root)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "timkg.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", cli, "validate", root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var read = Task.WhenAll(
            process.StandardOutput.ReadToEndAsync().ContinueWith(t => { lock (output) output.Append(t.Result); }, TaskScheduler.Default),
            process.StandardError.ReadToEndAsync().ContinueWith(t => { lock (output) output.Append(t.Result); }, TaskScheduler.Default));
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"validate did not finish within {Limit.TotalSeconds} s");
        }
        await read;
        return (process.ExitCode, output.ToString().ReplaceLineEndings("\n"));
    }
}
