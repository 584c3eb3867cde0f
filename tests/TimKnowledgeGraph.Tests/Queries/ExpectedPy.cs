using System.Diagnostics;
using System.Text.Json;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>A fixture's <c>expected.py</c>: the independent computation (NetworkX / plain Python over the fixture's CSV files), run and read as the JSON it prints.</summary>
internal static class ExpectedPy
{
    public static JsonElement Run(string folder)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(folder, "expected.py"));
        using var process = Process.Start(start)!;
        // Both pipes drain at once, so a chatty stderr cannot block the script before its output is read.
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{folder}/expected.py failed: {errors.Result}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }
}
