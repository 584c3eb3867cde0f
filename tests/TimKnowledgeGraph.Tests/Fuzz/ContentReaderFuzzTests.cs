using CsCheck;
using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Discovery;
using TimKnowledgeGraph.Domain.Content.Networks;
using TimKnowledgeGraph.Domain.Content.Notes;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Content.Reading;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.Diagnostics;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Fuzz;

/// <summary>
/// Fuzzes every content reader with files of the real corpus (and the GraphML spec case) mutated by CsCheck: tokens of
/// every format inserted (some repeated up to 150,000 times: nesting and quadratic-time bombs), ranges deleted and
/// duplicated, bytes that are not UTF-8. Every input must end in diagnostics or records, located at a line and column of
/// 1 or more, within <see cref="PerInput"/>: no exception may escape a reader and none may hang. Each format runs a
/// bounded number of inputs (150), so the whole class takes well under a minute (11-19 s measured on a shared machine).
/// </summary>
public sealed class ContentReaderFuzzTests
{
    // Far above what any input takes alone (under a second); generous because xunit runs other classes alongside on a
    // shared two-core machine. A hang or a quadratic path on a megabyte runs for minutes.
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(30);

    // TKG_FUZZ_ITERATIONS=5000 fuzzes deeper locally; CI runs the default.
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("TKG_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 150;

    private static readonly Gen<Mutation> Edit = Gen.Select(
        Gen.Int[0, 3], Gen.Int[0, 1000], Gen.Int[1, 400], Gen.Int[0, 1000],
        Gen.Frequency((20, Gen.Int[1, 4]), (3, Gen.Int[100, 3_000]), (1, Gen.Int[20_000, 150_000])),
        (kind, at, length, token, repeat) => new Mutation(kind, at, length, token, repeat));

    [Fact]
    public void NotesShouldEndInDiagnosticsOrANote() =>
        Fuzz(Seeds("concepts", "*.md").Concat(Seeds("propositions", "*.md")).Concat(Seeds("critiques", "*.md")).ToList(), ContentFileKind.ConceptNote, (text, file, sink) =>
        {
            NoteReader.Read(text, file, NoteKind.Concept, sink);
            NoteMarkdown.ToHtml(text); // as the web UI renders a body
        });

    [Fact]
    public void DatasetDescriptionsShouldEndInDiagnosticsOrADataset() =>
        Fuzz(Seeds("networks", "dataset.md"), ContentFileKind.DatasetDescription, (text, file, sink) => DatasetReader.Read(text, file, sink));

    [Fact]
    public void BibTexShouldEndInDiagnosticsOrReferences() =>
        Fuzz(Seeds("references", "*.bib"), ContentFileKind.BibTex, (text, file, sink) => BibTexReferences.Read(text, file, sink));

    [Fact]
    public void CslJsonShouldEndInDiagnosticsOrReferences() =>
        Fuzz(Seeds("references", "*.json"), ContentFileKind.CslJson, (text, file, sink) =>
            CslJsonReader.Read(System.Text.Encoding.UTF8.GetBytes(text), file, sink));

    [Fact]
    public void CsvShouldEndInDiagnosticsOrRows() =>
        Fuzz(Seeds("networks", "*.csv"), ContentFileKind.NetworkData, (text, file, sink) =>
        {
            _ = ActorCsvReader.Read(new StringReader(text), file, sink).Count();
            _ = TieCsvReader.Read(new StringReader(text), file, sink).Count();
        });

    [Fact]
    public void GraphMlShouldEndInDiagnosticsOrRows() =>
        Fuzz([File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Specs", "Cases", "network-graphml", "networks", "markusen", "network.graphml"))],
            ContentFileKind.NetworkData, (text, file, sink) => _ = GraphMlReader.Read(new StringReader(text), file, sink).Count());

    private static List<byte[]> Seeds(string folder, string pattern)
    {
        var seeds = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Content, folder), pattern, SearchOption.AllDirectories)
            .Where(p => !p.EndsWith("README.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Assert.NotEmpty(seeds);
        return seeds;
    }

    // Mutates a seed, then reads it as the host does: size limit, UTF-8 check, then the reader (run on its own task,
    // so a hang fails this input instead of the whole run).
    private static void Fuzz(List<byte[]> seeds, ContentFileKind kind, Action<string, string, IDiagnosticSink> read)
    {
        const string file = "fuzzed/input";
        Gen.Select(Gen.Int[0, seeds.Count - 1], Edit.Array[1, 5]).Sample((seed, edits) =>
        {
            var bytes = edits.Aggregate(seeds[seed], (input, edit) => edit.Apply(input));
            var sink = new DiagnosticBag();
            var run = Task.Run(() =>
            {
                if (bytes.Length > ContentLimits.MaxBytes(kind) || !BoundedFile.IsUtf8(bytes, file, sink)) return;
                read(BoundedFile.Decode(bytes), file, sink);
            });
            // Throws the reader's own exception (with its stack), or TimeoutException when it runs too long.
            run.WaitAsync(PerInput).GetAwaiter().GetResult();
            Assert.All(sink.Items, d => Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, $"not located: {d}"));
        }, iter: Iterations, print: input => $"seed {input.Item1}, edits: {string.Join("; ", input.Item2.Select(e => e.ToString()))}");
    }
}
