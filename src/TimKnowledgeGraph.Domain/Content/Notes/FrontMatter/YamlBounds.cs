using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlScalar = YamlDotNet.Core.Events.Scalar;

namespace TimKnowledgeGraph.Domain.Content.Notes.FrontMatter;

/// <summary>
/// Checks front matter against <see cref="ContentLimits.MaxYamlDepth"/> and <see cref="ContentLimits.MaxYamlNodes"/>
/// before YamlDotNet builds its node tree: that builder recurses once per level (20,000 nested '[' overflowed the
/// stack, which no catch survives), and aliases share nodes that any walk would visit again and again. This reads
/// YamlDotNet's own event stream (a state machine, not recursive) and builds nothing.
/// </summary>
internal static class YamlBounds
{
    /// <summary>A limit passed: where (YamlDotNet's 1-based mark) and what.</summary>
    internal sealed record Violation(Mark At, string Message);

    /// <summary>The first limit <paramref name="yaml"/> passes, or null. Syntax errors are left to the real parse.</summary>
    public static Violation? Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        // One frame per open map or list: how many nodes it holds so far, aliases counted at their full size.
        var open = new Stack<(string? Anchor, long Nodes)>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                long added;
                switch (current)
                {
                    case MappingStart or SequenceStart:
                        if (open.Count >= ContentLimits.MaxYamlDepth)
                            return new Violation(current.Start, $"front matter nests maps and lists more than {ContentLimits.MaxYamlDepth} levels deep, expected at most {ContentLimits.MaxYamlDepth}");
                        var anchor = ((NodeEvent)current).Anchor;
                        open.Push((anchor.IsEmpty ? null : anchor.Value, 1));
                        continue;
                    case MappingEnd or SequenceEnd:
                        var closed = open.Pop();
                        if (closed.Anchor is { } name) anchors[name] = closed.Nodes;
                        added = closed.Nodes;
                        break;
                    case YamlScalar scalar:
                        if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = 1;
                        added = 1;
                        break;
                    case AnchorAlias alias:
                        // An alias to a node still open (or not yet seen) would make the tree a cycle.
                        if (!anchors.TryGetValue(alias.Value.Value, out added))
                            return new Violation(current.Start, $"alias '*{alias.Value.Value}' refers to a node that is not complete before it (it contains the alias, or comes later), expected an alias to an earlier node");
                        break;
                    default:
                        continue;
                }
                if (open.Count == 0) total += added;
                else open.Push((open.Peek().Anchor, open.Pop().Nodes + added));
                if (total > ContentLimits.MaxYamlNodes || (open.Count > 0 && open.Peek().Nodes > ContentLimits.MaxYamlNodes))
                    return new Violation(current.Start, $"front matter holds more than {ContentLimits.MaxYamlNodes} values once its aliases are expanded, expected at most {ContentLimits.MaxYamlNodes}");
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Reported by the real parse, which stops at the same place: no deeper than this scan got. (YamlDotNet's
            // scanner throws InvalidOperationException on some unclosed flow collections.)
        }
        return null;
    }
}
