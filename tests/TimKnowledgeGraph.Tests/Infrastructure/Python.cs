using System.Diagnostics;

namespace TimKnowledgeGraph.Tests.Infrastructure;

/// <summary>Runs a python3 script of the tests (the NetworkX 3.6 references, a fixture's expected.py) and returns what it prints.</summary>
public static class Python
{
    /// <summary>The script's standard output; the test fails, with the script's stderr, when it exits non-zero.</summary>
    public static string Run(string script, params string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        // Both pipes drain at once, so a chatty stderr cannot block the script before its output is read.
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"python3 {script} failed: {error.Result}");
        return output;
    }
}
