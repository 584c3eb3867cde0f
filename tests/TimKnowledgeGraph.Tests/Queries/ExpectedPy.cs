using System.Text.Json;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>A fixture's <c>expected.py</c>: the independent computation (NetworkX / plain Python over the fixture's CSV files), run and read as the JSON it prints.</summary>
internal static class ExpectedPy
{
    public static JsonElement Run(string folder) =>
        JsonDocument.Parse(Python.Run(Path.Combine(folder, "expected.py"))).RootElement.Clone();
}
