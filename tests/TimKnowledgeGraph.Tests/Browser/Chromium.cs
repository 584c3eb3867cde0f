using System.Runtime.CompilerServices;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Browser;

/// <summary>Debian's headless Chromium, which the browser tests drive (Playwright cannot download browsers here).</summary>
public static class Chromium
{
    /// <summary>Where scripts/bootstrap --for-tests installs it.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Why the browser tests cannot run here, or null when Chromium is installed.</summary>
    public static string? Missing =>
        File.Exists(ExecutablePath) ? null : $"{ExecutablePath} is not installed (scripts/bootstrap --for-tests installs it)";

    /// <summary>Flags for a sandboxless container and a quiet, offline browser.</summary>
    public static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
}

/// <summary>
/// A browser test: skipped when Chromium is not installed, except under CI (<c>CI=true</c>), where it runs and fails,
/// so a green CI always means the browser tests ran (<see cref="SkipPolicy"/>).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber) => SkipPolicy.Apply(this, Chromium.Missing);
}

/// <summary>A browser theory (one run per data row), skipped or failing like <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
        : base(sourceFilePath, sourceLineNumber) => SkipPolicy.Apply(this, Chromium.Missing);
}
