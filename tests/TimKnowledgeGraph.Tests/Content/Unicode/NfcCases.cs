using System.Globalization;
using System.Text;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content.Unicode;

/// <summary>
/// Python's unicodedata as the oracle: nfc-cases.txt (tools/unicode-nfc/generate.py) holds, for every character with a
/// canonical decomposition, a sample of Hangul syllables and random runs of letters and marks, a text and its NFC.
/// </summary>
internal static class NfcCases
{
    /// <summary>(text, its NFC) for every line.</summary>
    public static IReadOnlyList<(string Text, string Nfc)> All { get; } = Read();

    /// <summary>The cases whose text is not in NFC (a decomposed spelling of its composed form).</summary>
    public static IReadOnlyList<(string Text, string Nfc)> Decomposed { get; } = [.. All.Where(c => c.Text != c.Nfc)];

    private static List<(string, string)> Read() =>
        [.. File.ReadLines(Path.Combine(RepositoryPaths.Root, "tests/TimKnowledgeGraph.Tests/Content/Unicode/nfc-cases.txt"))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split(" ; "))
            .Select(parts => (Text(parts[0]), Text(parts[1])))];

    private static string Text(string hex) =>
        string.Concat(hex.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(h => new Rune(int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()));
}
