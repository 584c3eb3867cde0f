using System.Reflection;

namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>The one skip policy: a missing prerequisite skips locally, never under CI.</summary>
public sealed class SkipPolicyTests
{
    [Fact]
    public void A_test_whose_prerequisite_is_present_is_not_skipped()
    {
        var fact = new FactAttribute();
        SkipPolicy.Apply(fact, missingPrerequisite: null);
        Assert.Null(fact.Skip);
        Assert.Null(fact.SkipUnless);
    }

    [Fact]
    public void A_missing_prerequisite_skips_unless_under_CI()
    {
        var fact = new TheoryAttribute();
        SkipPolicy.Apply(fact, "no Chromium");

        Assert.StartsWith("no Chromium", fact.Skip, StringComparison.Ordinal);
        // xunit reads this public static bool when the test runs: true under CI, so the test runs there and fails.
        var condition = fact.SkipType!.GetProperty(fact.SkipUnless!, BindingFlags.Public | BindingFlags.Static);
        Assert.NotNull(condition);
        Assert.Equal(typeof(bool), condition.PropertyType);
        Assert.Equal(SkipPolicy.InCi, (bool)condition.GetValue(null)!);
    }

    [Fact]
    public void InCi_reads_the_CI_variable_as_CI_services_set_it()
    {
        var ci = Environment.GetEnvironmentVariable("CI");
        Assert.Equal(string.Equals(ci, "true", StringComparison.OrdinalIgnoreCase), SkipPolicy.InCi);
    }

    [Theory]
    [InlineData(true, false, SkipPolicy.Verdict.Run)]
    [InlineData(true, true, SkipPolicy.Verdict.Run)]
    [InlineData(false, false, SkipPolicy.Verdict.Skip)]
    [InlineData(false, true, SkipPolicy.Verdict.Fail)]
    public void A_missing_prerequisite_skips_locally_and_fails_under_CI(bool available, bool inCi, SkipPolicy.Verdict expected) =>
        Assert.Equal(expected, SkipPolicy.Decide(available, inCi));
}
