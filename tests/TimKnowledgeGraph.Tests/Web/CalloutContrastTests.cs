using System.Text.RegularExpressions;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;

namespace TimKnowledgeGraph.Tests.Web;

/// <summary>
/// A note's callouts stay readable: on every type's tint the title (in the type's ink), the text and the links reach
/// WCAG 2.1 AA's 4.5:1, computed from site.css as <see cref="HeatMapContrastTests"/> computes the heat maps'.
/// </summary>
public sealed partial class CalloutContrastTests
{
    public static TheoryData<string> Kinds => [.. new[] { "callout", "callout-note", "callout-abstract", "callout-info", "callout-todo", "callout-tip",
        "callout-success", "callout-question", "callout-warning", "callout-failure", "callout-danger", "callout-bug", "callout-example", "callout-quote" }];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ShouldGiveTheTitleTextAndLinksOfEveryCalloutAContrastOfAtLeastFourAndAHalfToOne(string kind)
    {
        var rule = Regex.Match(HeatMapContrastTests.Css, $@"\n\.{kind} \{{([^}}]*)\}}");
        Assert.True(rule.Success, $".{kind} is not in site.css");
        var ink = Colour(rule.Groups[1].Value, "--callout");
        var tint = Colour(rule.Groups[1].Value, "--callout-bg");

        foreach (var (what, colour) in new[] { ("title", ink), ("text", HeatMapContrastTests.Variable("--ink")), ("link", HeatMapContrastTests.Variable("--accent")) })
        {
            var ratio = HeatMapContrastTests.Contrast(colour, tint);
            Assert.True(ratio >= 4.5, $".{kind} {what} {colour} on {tint}: {ratio:0.00}:1");
        }
    }

    [Theory]
    [InlineData("note")]
    [InlineData("tldr")]
    [InlineData("caution")]
    [InlineData("cite")]
    [InlineData("faq")]
    public void ShouldStyleEveryTypeTheRendererNames(string type)
    {
        var kind = HtmlCalloutRenderer.KindOf(type);
        Assert.NotNull(kind);
        Assert.Contains($"callout-{kind}", Kinds.Select(k => k.Data));
    }

    private static string Colour(string declarations, string property) =>
        Regex.Match(declarations, $@"(?:^|;)\s*{property}:\s*(#[0-9a-fA-F]{{6}})").Groups[1].Value;
}
