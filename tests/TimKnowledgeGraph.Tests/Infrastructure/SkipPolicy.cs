namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>
/// The one skip policy of the suite. A test whose prerequisite is missing on this machine (Chromium, Java or npm for
/// a local Neo4j, the seed texts) is skipped locally, with the reason. Under CI (<c>CI=true</c>) nothing is ever
/// skipped: the test runs and fails on the missing prerequisite, so a green CI means every test ran.
/// Built on xunit v3's own skip support: the reason goes in <see cref="FactAttribute.Skip"/>, and
/// <see cref="FactAttribute.SkipUnless"/> names <see cref="InCi"/>, which xunit reads when the test runs.
/// </summary>
public static class SkipPolicy
{
    /// <summary>True under CI, where a missing prerequisite must fail the run instead of skipping.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Marks a fact (or theory) as skipped outside CI when <paramref name="missingPrerequisite"/> is not null.</summary>
    public static void Apply(FactAttribute test, string? missingPrerequisite)
    {
        if (missingPrerequisite is null)
        {
            return;
        }

        test.Skip = $"{missingPrerequisite} (under CI=true this test runs and fails instead)";
        test.SkipType = typeof(SkipPolicy);
        test.SkipUnless = nameof(InCi);
    }

    /// <summary>What becomes of a test whose prerequisite is (not) available, in CI or not: the policy itself.</summary>
    public static Verdict Decide(bool available, bool inCi) => available ? Verdict.Run : inCi ? Verdict.Fail : Verdict.Skip;

    /// <summary>
    /// For a prerequisite only a running test can check: skips it (outside CI) or fails it (under CI) when
    /// <paramref name="available"/> is false.
    /// </summary>
    public static void Require(bool available, string reason)
    {
        switch (Decide(available, InCi))
        {
            case Verdict.Fail:
                Assert.Fail($"{reason} (CI=true: a missing prerequisite fails, it is never skipped)");
                break;
            case Verdict.Skip:
                Assert.Skip(reason);
                break;
        }
    }

    public enum Verdict
    {
        Run,
        Skip,
        Fail,
    }
}
