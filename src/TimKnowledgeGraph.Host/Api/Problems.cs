using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// The API's errors as sentences a person understands, each an <c>application/problem+json</c> answer (the
/// <see cref="ApiProblemDetailsWriter"/> writes them) with the status that fits.
/// </summary>
internal static class Problems
{
    /// <summary>400: "Parameter depth must be a whole number, got 'abc'."</summary>
    public static ProblemHttpResult BadParameter(string name, string mustBe, string got) => TypedResults.Problem(
        title: "Bad parameter",
        detail: BadParameterSentence(name, mustBe, got),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["parameter"] = name });

    /// <summary>400 for a count given below 1 ("Parameter top must be at least 1, got '0'."); null when it is absent or at least 1.</summary>
    public static ProblemHttpResult? BelowOne(string name, int? value) =>
        value is < 1 ? BadParameter(name, "must be at least 1", value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;

    /// <summary>400 with several parameter errors, each already a sentence.</summary>
    public static ProblemHttpResult BadParameters(IReadOnlyList<string> sentences) => TypedResults.Problem(
        title: "Bad parameters",
        detail: string.Join(" ", sentences),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["errors"] = sentences });

    /// <summary>404: "No concept with id 'lerning-region'. Did you mean learning-region?"</summary>
    public static ProblemHttpResult NotFound(string what, string value, IReadOnlyList<string> nearest, string knownName) => TypedResults.Problem(
        title: $"No such {what}",
        detail: $"No {what} '{CutText.Echo(value)}'." + (nearest.Count == 0 ? "" : $" Did you mean {Or(nearest)}?"),
        statusCode: StatusCodes.Status404NotFound,
        extensions: new Dictionary<string, object?> { [knownName] = nearest });

    /// <summary>"a", "a or b", "a, b or c".</summary>
    public static string Or(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];

    /// <summary>The sentence of <see cref="BadParameter"/>, for a problem written elsewhere (a value that did not bind).</summary>
    public static string BadParameterSentence(string name, string mustBe, string got) => $"Parameter {name} {mustBe}, got '{CutText.Echo(got)}'.";
}
