namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>Debian's headless Chromium, which the browser tests drive (Playwright cannot download browsers here).</summary>
public static class Chromium
{
    /// <summary>Where scripts/bootstrap --for-tests installs it.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>True under CI, where a missing browser must fail the run instead of skipping.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Flags for a sandboxless container and a quiet, offline browser.</summary>
    public static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
}

/// <summary>
/// A browser test: skipped when Chromium is not installed, except under CI (<c>CI=true</c>), where it runs and fails,
/// so a green CI always means the browser tests ran.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath) && !Chromium.InCi)
            Skip = $"{Chromium.ExecutablePath} is not installed (scripts/bootstrap --for-tests installs it)";
    }
}

/// <summary>A browser theory (one run per data row), skipped or failing like <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath) && !Chromium.InCi)
            Skip = $"{Chromium.ExecutablePath} is not installed (scripts/bootstrap --for-tests installs it)";
    }
}
