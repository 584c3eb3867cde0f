using TimKnowledgeGraph.Domain.Content.Notes.FrontMatter;
using TimKnowledgeGraph.Domain.Content.Unicode;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Networks;

/// <summary>
/// Reads a dataset.md (front matter + free text) into a <see cref="DatasetDescription"/>. Its ids (the dataset's, its
/// layers', regions' and waves', and the ids it names) are read in NFC (<see cref="Identifier"/>), as the data's are.
/// </summary>
public static class DatasetReader
{
    /// <summary>Reads dataset.md; null when its front matter is missing or malformed (already reported).</summary>
    public static DatasetDescription? Read(string text, string file, IDiagnosticSink sink)
    {
        var document = FrontMatterReader.Read(text, file, sink);
        if (document.FrontMatter is not { } fm) return null;
        fm.WarnUnknownKeys(DatasetDescription.Keys, "dataset.md");
        var folder = file.Split('/') is { Length: >= 2 } parts ? parts[^2] : "";
        var explicitId = fm.Id("id");

        return new DatasetDescription
        {
            File = file,
            Folder = folder,
            Id = explicitId?.Value ?? Identifier.Normalize(folder),
            ExplicitId = explicitId,
            At = document.Start,
            Title = fm.Scalar("title"),
            Source = fm.Id("source"),
            Locator = fm.Scalar("locator"),
            Layers = Items(fm, "layers", LayerDeclaration.Keys, "a layer", (m, id) =>
                new LayerDeclaration(id, m.Scalar("name"), m.Scalar("scale"), m.Scalar("nature"),
                    m.Scalar("formality"), m.Id("instance_of"), m.At, m.Scalar("directed"))),
            Regions = Items(fm, "regions", RegionDeclaration.Keys, "a region", (m, id) =>
                new RegionDeclaration(id, m.Scalar("name"), m.At)),
            Waves = Waves(fm, sink),
            Actors = fm.Scalar("actors"),
            Ties = fm.Scalar("ties"),
            GraphMl = fm.Scalar("graphml"),
            Body = document.Body,
        };
    }

    // A wave is a plain id or an {id, name} map; a repeated id is reported (its position would be ambiguous).
    private static IReadOnlyList<WaveDeclaration> Waves(YamlMap fm, IDiagnosticSink sink)
    {
        var waves = new List<WaveDeclaration>();
        foreach (var node in fm.Items("waves"))
        {
            WaveDeclaration? wave;
            if (node is YamlDotNet.RepresentationModel.YamlScalarNode)
            {
                wave = fm.AsId(node, "waves") is { } id ? new WaveDeclaration(id, null, id.At) : null;
            }
            else if (fm.AsMap(node) is { } m)
            {
                m.WarnUnknownKeys(WaveDeclaration.Keys, "a wave");
                wave = m.Id("id") is { } id ? new WaveDeclaration(id, m.Scalar("name"), m.At) : null;
                if (wave is null && !m.Has("id")) m.ReportMissing("id", "a wave");
            }
            else
            {
                fm.ReportWrongType(node, "waves", "a wave id or a map with 'id', 'name'");
                continue;
            }
            if (wave is null) continue;
            if (waves.FirstOrDefault(w => w.Id.Value == wave.Id.Value) is { } first)
            {
                sink.Report(Diagnostic.Error(wave.Id.At, Validation.DiagnosticCodes.DuplicateId,
                    $"wave '{wave.Id.Value}' is already declared at {first.Id.At}; wave ids must be unique"));
                continue;
            }
            waves.Add(wave);
        }
        return waves;
    }

    // Layers and regions are maps with a required id; other shapes are reported and skipped.
    private static IReadOnlyList<T> Items<T>(YamlMap fm, string key, IReadOnlyList<string> keys, string what, Func<YamlMap, Scalar, T> create)
    {
        var items = new List<T>();
        foreach (var node in fm.Items(key))
        {
            if (fm.AsMap(node) is not { } m)
            {
                fm.ReportWrongType(node, key, $"a map with {string.Join(", ", keys.Select(k => $"'{k}'"))}");
                continue;
            }
            m.WarnUnknownKeys(keys, what);
            if (m.Id("id") is { } id) items.Add(create(m, id));
            else if (!m.Has("id") || m.Get("id") is YamlDotNet.RepresentationModel.YamlScalarNode) m.ReportMissing("id", what);
        }
        return items;
    }
}
