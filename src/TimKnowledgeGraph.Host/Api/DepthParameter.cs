using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// The <c>maxDepth</c> of the lineage and reading-list endpoints, read as text so a bad value gets a sentence of ours,
/// not the framework's bare 400. Left out, it is not sent, and the query's header declares the default; the range it
/// accepts is the one the header declares (<c>// @param maxDepth int 1..6</c>).
/// </summary>
internal static class DepthParameter
{
    /// <summary>Adds <c>maxDepth</c> to <paramref name="parameters"/> when given; a problem when <paramref name="query"/> does not accept it.</summary>
    public static ProblemHttpResult? TryAdd(NamedQuery query, string? text, Dictionary<string, object?> parameters)
    {
        if (text is null) return null;
        var declared = query.Parameters.Single(p => p.Name == "maxDepth");
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var depth) || declared.Range?.Contains(depth) == false)
            return Problems.BadParameter("maxDepth", $"must be {QueryParameterBinder.Describe(declared)}", text);
        parameters["maxDepth"] = depth;
        return null;
    }
}
