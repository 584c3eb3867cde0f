using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace TimKnowledgeGraph.Domain.Content.Notes.FrontMatter;

/// <summary>
/// Where each key of each map is written. YamlDotNet's node tree replaces an alias by the node it names, so a key
/// written as an alias (<c>*n : x</c>) would carry its anchor's position (<c>name: &amp;n Alpha</c>), lines away. The
/// event stream still has the alias where it is: this reads it once (a state machine, as <see cref="YamlBounds"/>
/// does) and keeps, per map, its keys' marks in the order the tree holds them.
/// </summary>
internal sealed class YamlKeyMarks
{
    // Per map, by the index of its MappingStart mark (the tree node's Start): its keys' marks in document order.
    private readonly Dictionary<long, List<Mark>> _byMap = [];

    /// <summary>Reads the marks of <paramref name="yaml"/>; a syntax error ends the reading (the real parse reports it).</summary>
    public static YamlKeyMarks Read(string yaml)
    {
        var marks = new YamlKeyMarks();
        var parser = new Parser(new StringReader(yaml));
        // One frame per open map or list; a map's frame knows whether its next node is a key.
        var open = new Stack<(long Map, bool IsMap, bool KeyNext)>();
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                // A node is a scalar, a map or list start, or an alias (which YamlDotNet does not count as a NodeEvent).
                if (current is not (NodeEvent or AnchorAlias or MappingEnd or SequenceEnd)) continue;
                if (current is MappingEnd or SequenceEnd)
                {
                    open.Pop();
                    continue;
                }
                if (open.TryPop(out var parent))
                {
                    if (parent is { IsMap: true, KeyNext: true }) marks._byMap[parent.Map].Add(current.Start);
                    open.Push(parent with { KeyNext = parent.IsMap && !parent.KeyNext });
                }
                if (current is MappingStart)
                {
                    marks._byMap.TryAdd(current.Start.Index, []);
                    open.Push((current.Start.Index, true, true));
                }
                else if (current is SequenceStart)
                {
                    open.Push((current.Start.Index, false, false));
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Reported by the real parse, which stops at the same place.
        }
        return marks;
    }

    /// <summary>Where the <paramref name="index"/>-th key of <paramref name="map"/> is written, or null when unknown.</summary>
    public Mark? KeyAt(YamlMappingNode map, int index) =>
        _byMap.TryGetValue(map.Start.Index, out var keys) && keys.Count == map.Children.Count && index < keys.Count
            ? keys[index]
            : null;
}
