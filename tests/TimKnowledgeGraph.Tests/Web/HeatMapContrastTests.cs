using System.Globalization;
using System.Text.RegularExpressions;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// The heat maps' numbers stay readable on every shade: WCAG 2.1 AA asks 4.5:1 for text of this size (success criterion
/// 1.4.3, contrast as its relative-luminance formula defines it). White on the middle shade was 3.07:1.
/// </summary>
public sealed partial class HeatMapContrastTests
{
    internal static readonly string Css = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "TimKnowledgeGraph.Host", "Web", "Assets", "css", "site.css"));

    public static TheoryData<string> Shades => [.. Enumerable.Range(0, 11).Select(i => $"h{i}")];

    [Theory]
    [MemberData(nameof(Shades))]
    public void ShouldGiveEveryShadesTextAContrastOfAtLeastFourAndAHalfToOne(string shade)
    {
        var rule = Regex.Match(Css, $@"\.{shade} \{{([^}}]*)\}}");
        Assert.True(rule.Success, $".{shade} is not in site.css");
        var background = Colour(rule.Groups[1].Value, "background");
        var text = Regex.IsMatch(rule.Groups[1].Value, @"(^|;)\s*color:") ? Colour(rule.Groups[1].Value, "color") : Variable("--ink");

        var ratio = Contrast(text, background);
        Assert.True(ratio >= 4.5, $".{shade}: {ratio:0.00}:1");
    }

    [Fact]
    public void ShouldGiveTheDiagonalsTextAContrastOfAtLeastFourAndAHalfToOneOnBothStripes()
    {
        var rule = Regex.Match(Css, @"table\.heatmap td\.self \{([^}]*)\}");
        var text = Colour(rule.Groups[1].Value, "color");
        foreach (Match stripe in HexColour().Matches(rule.Groups[1].Value.Split("color:")[0]))
            Assert.True(Contrast(text, stripe.Value) >= 4.5, $"{stripe.Value}: {Contrast(text, stripe.Value):0.00}:1");
    }

    private static string Colour(string declarations, string property)
    {
        var value = Regex.Match(declarations, $@"(?:^|;)\s*{property}:\s*([^;]+)").Groups[1].Value.Trim();
        return value.StartsWith("var(", StringComparison.Ordinal) ? Variable(value[4..^1]) : value;
    }

    internal static string Variable(string name) => Regex.Match(Css, $@"{name}:\s*(#[0-9a-fA-F]{{3,6}})").Groups[1].Value;

    internal static double Contrast(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Luminance(string hex)
    {
        hex = hex.TrimStart('#');
        if (hex.Length == 3) hex = string.Concat(hex.Select(c => $"{c}{c}"));
        double Channel(int at)
        {
            var c = int.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }

    [GeneratedRegex("#[0-9a-fA-F]{6}")]
    private static partial Regex HexColour();
}
