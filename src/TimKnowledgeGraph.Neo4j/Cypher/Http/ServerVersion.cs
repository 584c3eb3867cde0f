using System.Text.RegularExpressions;

namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

/// <summary>Parses Neo4j version strings: 3.1.1, 5.26.0, 2025.01.0, 4.4.0-drop04.0.</summary>
internal static partial class ServerVersion
{
    [GeneratedRegex(@"^\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?")]
    private static partial Regex Leading();

    public static bool TryParse(string? text, out Version version)
    {
        var m = text is null ? Match.Empty : Leading().Match(text);
        if (!m.Success)
        {
            version = new Version(0, 0);
            return false;
        }
        static int Part(Group g) => g.Success ? int.Parse(g.Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        version = new Version(Part(m.Groups[1]), Part(m.Groups[2]), Part(m.Groups[3]));
        return true;
    }
}
