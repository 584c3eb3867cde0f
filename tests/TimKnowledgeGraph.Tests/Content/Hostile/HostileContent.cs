using System.Text;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content.Hostile;

/// <summary>Hostile content trees for the tests: a small valid corpus plus one hostile file.</summary>
internal static class HostileContent
{
    public const string Note = "---\nkind: framework\nname: Valid\n---\nA body.\n";

    /// <summary>A valid dataset.md with one layer, and <paramref name="extra"/> front matter lines.</summary>
    public static string DatasetWith(string extra = "") => $"""
        ---
        title: A network
        layers:
          - id: l
            name: Layer
            scale: regional
            nature: economic
            formality: formal
        {extra}
        ---

        """;

    /// <summary>A content root with one valid note and <paramref name="path"/> holding <paramref name="bytes"/>.</summary>
    public static TempContent With(string path, byte[] bytes)
    {
        var content = new TempContent().With("concepts/valid.md", Note);
        var full = Path.Combine(content.Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return content;
    }

    public static TempContent With(string path, string text) => With(path, Encoding.UTF8.GetBytes(text));

    /// <summary>A note whose front matter holds <c>aliases:</c> nested <paramref name="depth"/> lists deep.</summary>
    public static string DeepYamlNote(int depth) =>
        $"---\nkind: framework\nname: Deep\naliases: {new string('[', depth)}{new string(']', depth)}\n---\n";

    /// <summary>Loads the root and returns its diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> Load(TempContent content) => ContentPipeline.Load(content.Root).Diagnostics;

    /// <summary>The single diagnostic of a load (the valid parts give none).</summary>
    public static Diagnostic Single(TempContent content) => Assert.Single(Load(content));
}
