using System.Text.Json.Serialization;

namespace TimKnowledgeGraph.Graph.Cypher.Http;

/// <summary>One entry of <c>results</c>: the outcome of one statement.</summary>
internal sealed class StatementResultDto
{
    [JsonPropertyName("columns")] public List<string> Columns { get; set; } = [];

    [JsonPropertyName("data")] public List<DataRowDto> Data { get; set; } = [];

    [JsonPropertyName("stats")] public StatsDto? Stats { get; set; }

    [JsonPropertyName("plan")] public PlanEnvelopeDto? Plan { get; set; }

    public CypherResult ToResult() => new(
        Columns,
        Data.Select(d => (IReadOnlyList<object?>)(d.Row ?? [])).ToList(),
        Stats?.ToStats(),
        Plan?.Root?.ToPlan());
}

/// <summary>One entry of <c>data</c>. Only <c>row</c> is read: <c>meta</c> does not line up with columns in 3.1.</summary>
internal sealed class DataRowDto
{
    [JsonPropertyName("row")]
    [JsonConverter(typeof(PlainRowConverter))]
    public List<object?>? Row { get; set; }
}

/// <summary><c>plan</c> of an EXPLAIN or PROFILE statement.</summary>
internal sealed class PlanEnvelopeDto
{
    [JsonPropertyName("root")] public PlanNodeDto? Root { get; set; }
}

/// <summary>One operator of a plan.</summary>
internal sealed class PlanNodeDto
{
    [JsonPropertyName("operatorType")] public string OperatorType { get; set; } = "";

    [JsonPropertyName("children")] public List<PlanNodeDto> Children { get; set; } = [];

    public CypherPlan ToPlan() => new(OperatorType, Children.Select(c => c.ToPlan()).ToList());
}
