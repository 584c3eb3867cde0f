using YamlDotNet.RepresentationModel;

namespace TimKnowledgeGraph.Domain.Content.Notes.FrontMatter;

/// <summary>
/// Reads the typed link lists of front matter. Each list key takes one item or a list; an item is a plain
/// id or a map (content/README.md). The ids are read in NFC (<see cref="YamlMap.Id"/>), as their declarations are.
/// </summary>
internal static class LinkItemReader
{
    /// <summary>Lists of ids (<c>derived_from</c>, <c>is_a</c>, <c>targets</c>, ...): <c>id</c> or <c>{id, ref, locator, quote}</c>.</summary>
    public static IReadOnlyList<IdLink> Ids(YamlMap map, string key) =>
        Read(map, key, NoteKeys.IdLink, "id",
            (s, at) => new IdLink(s, null, null, null, at),
            (m, id) => new IdLink(id, m.Id("ref"), m.Scalar("locator"), m.Scalar("quote"), m.At));

    /// <summary><c>introduced_in</c>, <c>raised_in</c>: <c>ref</c> or <c>{ref, locator, quote}</c>.</summary>
    public static IReadOnlyList<RefLink> References(YamlMap map, string key) =>
        Read(map, key, NoteKeys.RefLink, "ref",
            (s, at) => new RefLink(s, null, null, at),
            (m, id) => new RefLink(id, m.Scalar("locator"), m.Scalar("quote"), m.At));

    /// <summary><c>responds_to</c>: <c>critique</c> or <c>{critique, how, locator, quote}</c>.</summary>
    public static IReadOnlyList<ResponseLink> Responses(YamlMap map, string key) =>
        Read(map, key, NoteKeys.Response, "critique",
            (s, at) => new ResponseLink(s, null, null, null, at),
            (m, id) => new ResponseLink(id, m.Scalar("how"), m.Scalar("locator"), m.Scalar("quote"), m.At));

    /// <summary><c>cito</c>: always maps, as an item needs a relation and a reference.</summary>
    public static IReadOnlyList<CitoLink> Cito(YamlMap map, string key)
    {
        var items = new List<CitoLink>();
        foreach (var node in map.Items(key))
        {
            if (map.AsMap(node) is not { } m)
            {
                map.ReportWrongType(node, key, "a map with 'relation' and 'ref'");
                continue;
            }
            m.WarnUnknownKeys(NoteKeys.Cito, $"a '{key}' item");
            if (m.Id("ref") is { } reference)
                items.Add(new CitoLink(m.Scalar("relation"), reference, m.Id("from"), m.Scalar("locator"), m.Scalar("quote"), m.At));
            else if (m.Get("ref") is null or YamlScalarNode)
                m.ReportMissing("ref", $"this '{key}' item");
        }
        return items;
    }

    /// <summary><c>evidence</c>: always maps, as an item needs at least a stance and a source.</summary>
    public static IReadOnlyList<EvidenceItem> Evidence(YamlMap map, string key)
    {
        var items = new List<EvidenceItem>();
        foreach (var node in map.Items(key))
        {
            if (map.AsMap(node) is not { } m)
            {
                map.ReportWrongType(node, key, "a map with 'stance', 'from', 'locator' and 'quote'");
                continue;
            }
            m.WarnUnknownKeys(NoteKeys.Evidence, $"an '{key}' item");
            items.Add(new EvidenceItem(m.Id("id"), m.Scalar("stance"), m.Id("from"), m.Scalar("locator"), m.Scalar("quote"), m.At));
        }
        return items;
    }

    private static IReadOnlyList<T> Read<T>(
        YamlMap map, string key, IReadOnlyList<string> itemKeys, string idKey,
        Func<Scalar, Diagnostics.SourceLocation, T> fromScalar, Func<YamlMap, Scalar, T> fromMap)
    {
        var items = new List<T>();
        foreach (var node in map.Items(key))
        {
            switch (node)
            {
                case YamlScalarNode when map.AsId(node, key) is { } plain:
                    items.Add(fromScalar(plain, plain.At));
                    break;
                case YamlMappingNode when map.AsMap(node) is { } m:
                    m.WarnUnknownKeys(itemKeys, $"a '{key}' item");
                    if (m.Id(idKey) is { } id) items.Add(fromMap(m, id));
                    else if (m.Get(idKey) is null or YamlScalarNode) m.ReportMissing(idKey, $"this '{key}' item");
                    break;
                case YamlSequenceNode:
                    map.ReportWrongType(node, key, $"an id or a map with '{idKey}'");
                    break;
            }
        }
        return items;
    }
}
