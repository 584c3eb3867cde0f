using System.Text.Json;
using TimKnowledgeGraph.Graph.Analyses;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Analyses;

/// <summary>
/// Runs <c>reference/measures.py</c> (python3 with NetworkX) on a dataset folder and compares its figures with ours:
/// exact values to 1e-9, counts exactly, NaN where NetworkX gives NaN.
/// </summary>
public static class ReferenceMeasures
{
    public const double Tolerance = 1e-9;

    private static readonly string Scripts = Path.Combine(RepositoryPaths.Root, "tests", "TimKnowledgeGraph.Tests", "Analyses", "reference");

    private static readonly string[] Roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"];

    /// <summary>Writes a classic network (karate, florentine) from NetworkX into <paramref name="folder"/>.</summary>
    public static void WriteClassic(string name, string folder) => Python.Run(Path.Combine(Scripts, "classic.py"), name, folder);

    /// <summary>NetworkX's figures for the dataset in <paramref name="folder"/>, with betweenness from <paramref name="sources"/> when given.</summary>
    public static JsonElement Compute(string folder, IEnumerable<string> layers, IEnumerable<string>? sources = null)
    {
        var args = new List<string> { folder, "--layers", string.Join(',', layers.Select(LocalLayer)) };
        if (sources is not null) args.AddRange(["--sources", string.Join(',', sources)]);
        return JsonSerializer.Deserialize<JsonElement>(Python.Run(Path.Combine(Scripts, "measures.py"), [.. args]));
    }

    /// <summary>Asserts that every measure of <paramref name="ours"/> equals NetworkX's <paramref name="reference"/>.</summary>
    /// <param name="reference">NetworkX's figures.</param>
    /// <param name="ours">Ours.</param>
    /// <param name="referenceId">The reference's id of one of our actors (an import prefixes ids with the dataset's).</param>
    public static void AssertAgree(JsonElement reference, NetworkMeasures ours, Func<string, string>? referenceId = null)
    {
        var network = ours.Network;
        referenceId ??= id => id;
        Compare(reference.GetProperty("aggregate"), ours.Aggregate, network, "aggregate", referenceId);
        for (var l = 0; l < network.Layers.Count; l++)
            Compare(reference.GetProperty("layers").GetProperty(LocalLayer(network.Layers[l])), ours.Layers[l], network, network.Layers[l], referenceId);
        for (var i = 0; i < network.ActorCount; i++)
        {
            var id = referenceId(network.ActorIds[i]);
            Assert.True(reference.GetProperty("multiplexDegree").GetProperty(id).GetInt32() == ours.MultiplexDegree[i], $"multiplex degree of {id}");
            AssertClose(reference.GetProperty("participation").GetProperty(id).Number(), ours.Participation[i], $"participation of {id}");
        }
    }

    /// <summary>A layer's id in the dataset folder: an import names layers "&lt;dataset&gt;/&lt;layer&gt;".</summary>
    public static string LocalLayer(string layerId) => layerId[(layerId.IndexOf('/', StringComparison.Ordinal) + 1)..];

    private static void Compare(JsonElement reference, GraphMeasures ours, MultiplexNetwork network, string graph, Func<string, string> referenceId)
    {
        for (var i = 0; i < network.ActorCount; i++)
        {
            var id = referenceId(network.ActorIds[i]);
            string Where(string measure) => $"{measure} of {id} in {graph}";
            Assert.True(reference.GetProperty("degree").GetProperty(id).GetInt32() == ours.Degree[i], Where("degree"));
            AssertClose(reference.GetProperty("betweenness").GetProperty(id).Number(), ours.Betweenness[i], Where("betweenness"));
            AssertClose(reference.GetProperty("effectiveSize").GetProperty(id).Number(), ours.Holes.EffectiveSize[i], Where("effective size"));
            AssertClose(reference.GetProperty("constraint").GetProperty(id).Number(), ours.Holes.Constraint[i], Where("constraint"));
            long[][] roles = [ours.Roles.Coordinator, ours.Roles.Itinerant, ours.Roles.Representative, ours.Roles.Gatekeeper, ours.Roles.Liaison];
            for (var r = 0; r < Roles.Length; r++)
            {
                var expected = reference.GetProperty(Roles[r]).GetProperty(id).GetInt64();
                Assert.True(expected == roles[r][i], $"{Where(Roles[r])}: NetworkX reference {expected}, ours {roles[r][i]}");
            }
        }
    }

    /// <summary>A reference value; null is NaN (undefined).</summary>
    private static double Number(this JsonElement value) => value.ValueKind == JsonValueKind.Null ? double.NaN : value.GetDouble();

    public static void AssertClose(double expected, double actual, string what)
    {
        if (double.IsNaN(expected)) Assert.True(double.IsNaN(actual), $"{what}: NetworkX gives NaN, ours {actual}");
        else Assert.True(Math.Abs(expected - actual) <= Tolerance, $"{what}: NetworkX {expected:R}, ours {actual:R}");
    }
}
