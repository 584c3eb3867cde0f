using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// The <c>maxDepth</c> of the lineage and reading-list endpoints, read as text so a bad value gets a sentence of ours,
/// not the framework's bare 400. Left out, it is not sent, and the query's header declares the default.
/// </summary>
internal static class DepthParameter
{
    /// <summary>The deepest lineage the queries follow (their headers say "1 to 6").</summary>
    public const int Max = 6;

    /// <summary>Adds <c>maxDepth</c> to <paramref name="parameters"/> when given; a problem when it is not a whole number from 1 to 6.</summary>
    public static ProblemHttpResult? TryAdd(string? text, Dictionary<string, object?> parameters)
    {
        if (text is null) return null;
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var depth) || depth is < 1 or > Max)
            return Problems.BadParameter("maxDepth", $"must be a whole number from 1 to {Max}", text);
        parameters["maxDepth"] = depth;
        return null;
    }
}
