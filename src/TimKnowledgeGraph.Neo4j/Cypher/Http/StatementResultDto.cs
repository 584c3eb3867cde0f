using System.Text.Json;
using System.Text.Json.Serialization;

namespace TimKnowledgeGraph.Neo4j.Cypher.Http;

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

    /// <summary>Everything else: the operator's arguments, flat (3.1) or in an <c>arguments</c> object (4.x/5.x).</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement>? Other { get; set; }

    public CypherPlan ToPlan() => new(OperatorType, Children.Select(c => c.ToPlan()).ToList(), StringArguments());

    private Dictionary<string, string> StringArguments()
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in Other ?? [])
        {
            if (value.ValueKind == JsonValueKind.String) arguments[name] = value.GetString()!;
            if (name == "arguments" && value.ValueKind == JsonValueKind.Object)
                foreach (var nested in value.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                    arguments[nested.Name] = nested.Value.GetString()!;
        }
        return arguments;
    }
}
