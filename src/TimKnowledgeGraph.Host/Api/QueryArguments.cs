using Microsoft.AspNetCore.Http.HttpResults;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Graph.Queries;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// What a named query's arguments name, looked up before it runs, for <c>GET /api/queries/{name}</c> and
/// <c>timkg query</c> alike: an id, a dataset or a wave that names nothing is the reader's typo, not an empty answer.
/// Each of them answered 200 as if it were a real one: no rows for an unknown id or dataset, and for a wave the dataset
/// does not declare, an answer all the same (brokers of preface-network, which has no waves, with wave=w9: every broker).
/// </summary>
internal sealed class QueryArguments(KnownIds ids, NamedQueryRunner runner, QueryCatalog catalog)
{
    /// <summary>Null when every id, dataset and wave given names something; else the first that does not.</summary>
    public async Task<QueryArgumentProblem?> CheckAsync(NamedQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        if (Given(query, parameters, "id") is { } id && await ids.MissingAsync(id, KnownIds.LabelsForQuery(query.Name), cancellationToken) is { } nearIds)
            return new QueryArgumentProblem.Missing("node with id", id, nearIds);
        if (Given(query, parameters, "dataset") is not { } dataset) return null;
        var found = await runner.RunAsync(catalog.Get("dataset-waves"), new Dictionary<string, object?> { ["dataset"] = dataset }, cancellationToken);
        if (found.Rows.Count == 0)
            return new QueryArgumentProblem.Missing("network dataset with id", dataset, await ids.NearestAsync(dataset, [GraphSchema.Dataset], cancellationToken));
        var waves = RowBinder.Bind<DatasetWavesRow>(found.Records().First()).Waves;
        if (Given(query, parameters, "wave") is { } wave && !waves.Contains(wave, StringComparer.Ordinal))
            return new QueryArgumentProblem.NotAWave(wave, dataset, waves);
        return null;
    }

    private static string? Given(NamedQuery query, IReadOnlyDictionary<string, object?> parameters, string name) =>
        query.Parameters.Any(p => p.Name == name) ? parameters.GetValueOrDefault(name) as string : null;
}

/// <summary>An argument of a named query that names nothing in the graph (<see cref="QueryArguments"/>).</summary>
internal abstract record QueryArgumentProblem
{
    /// <summary>The API's answer: 404 naming the nearest ids, or 400 naming the dataset's waves.</summary>
    public abstract ProblemHttpResult ToProblem();

    /// <summary>The command line's one line (without "error: ").</summary>
    public abstract string ToLine();

    /// <summary>No node of the labels the parameter names has the value as its id.</summary>
    public sealed record Missing(string What, string Value, IReadOnlyList<string> Nearest) : QueryArgumentProblem
    {
        public override ProblemHttpResult ToProblem() => Problems.NotFound(What, Value, Nearest, "nearestIds");

        public override string ToLine() =>
            $"no {What} '{CutText.Echo(Value)}'" + (Nearest.Count == 0 ? "" : $"; did you mean {Problems.Or(Nearest)}?");
    }

    /// <summary>The dataset exists and does not declare the wave.</summary>
    public sealed record NotAWave(string Wave, string Dataset, IReadOnlyList<string> Waves) : QueryArgumentProblem
    {
        public override ProblemHttpResult ToProblem() =>
            Problems.BadParameter("wave", WaveWords.MustBe(Dataset, Waves), Wave);

        public override string ToLine() => WaveWords.NotAWave(Wave, Dataset, Waves);
    }
}

/// <summary>The waves of a dataset, as <c>dataset-waves</c> returns them (empty when it declares none).</summary>
[QueryRow("dataset-waves")]
internal sealed record DatasetWavesRow(IReadOnlyList<string> Waves);
