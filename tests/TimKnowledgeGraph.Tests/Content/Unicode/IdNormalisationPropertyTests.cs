using CsCheck;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.GraphModel;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content.Unicode;

/// <summary>
/// Any id and its decomposed spelling load to one graph id, the composed one: an actor declared in one form in
/// actors.csv and named in the other by ties.csv is one actor, whose tie loads. The spellings come from Python's
/// unicodedata (<see cref="NfcCases"/>), not from the code under test.
/// </summary>
public sealed class IdNormalisationPropertyTests
{
    [Fact]
    public void ShouldLoadAnIdAndItsDecomposedFormToOneGraphId()
    {
        var spellings = Gen.Int[0, NfcCases.Decomposed.Count - 1].Select(i => NfcCases.Decomposed[i]);
        Gen.Select(spellings, Gen.Char["abcxyz09"].Array[1, 6].Select(a => new string(a)), Gen.Bool).Sample((spelling, affix, declaredDecomposed) =>
        {
            // ASCII around the case, so that no id starts or ends with a blank CSV would trim; '-' and '.' compose with
            // nothing, so a case that starts with a mark stays apart from the affix.
            var (composed, decomposed) = ($"{affix}-{spelling.Nfc}.", $"{affix}-{spelling.Text}.");
            var (declared, named) = declaredDecomposed ? (decomposed, composed) : (composed, decomposed);
            using var content = new TempContent()
                .With("networks/ds/dataset.md", "---\nlayers: [{id: l1, nature: social}]\n---\n")
                .With("networks/ds/actors.csv", $"id\n{Csv(declared)}\nb\n")
                .With("networks/ds/ties.csv", $"source,target\n{Csv(named)},b\n");

            var result = ContentPipeline.Load(content.Root);

            return result.Diagnostics.Count == 0
                && result.Nodes.Where(n => n.Label == GraphSchema.Actor).Select(n => n.Id).Order(StringComparer.Ordinal)
                    .SequenceEqual(new[] { $"ds/{composed}", "ds/b" }.Order(StringComparer.Ordinal))
                && result.Relationships.Single(r => r.Type == GraphSchema.Tie).From.Id == $"ds/{composed}";
        }, iter: 60);
    }

    private static string Csv(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
