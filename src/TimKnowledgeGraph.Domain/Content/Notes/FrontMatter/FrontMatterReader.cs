using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using TimKnowledgeGraph.Domain.Content.Notes.Markdown;
using TimKnowledgeGraph.Domain.Content.Validation;
using TimKnowledgeGraph.Domain.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TimKnowledgeGraph.Domain.Content.Notes.FrontMatter;

/// <summary>
/// Finds the YAML front matter with Markdig and reads it with YamlDotNet's representation model, keeping
/// line/column of every key and value in file coordinates.
/// </summary>
internal static class FrontMatterReader
{
    /// <summary>Splits <paramref name="text"/> (a whole .md file) into front matter and body; reports problems.</summary>
    public static FrontMatterDocument Read(string text, string file, IDiagnosticSink sink)
    {
        var start = new SourceLocation(file, 1, 1);
        if (NoteMarkdown.TryParse(text, file, sink) is not { } markdown)
            return new FrontMatterDocument(new MarkdownDocument(), null, "", start);
        if (markdown.Count == 0 || markdown[0] is not YamlFrontMatterBlock block)
        {
            sink.Report(Diagnostic.Error(start, DiagnosticCodes.MissingFrontMatter,
                "no YAML front matter found, expected the file to start with a block between '---' lines"));
            return new FrontMatterDocument(markdown, null, text.Trim(), start);
        }

        var body = block.Span.End + 1 < text.Length ? text[(block.Span.End + 1)..].Trim() : "";
        var yamlLines = Enumerable.Range(0, block.Lines.Count).Select(i => block.Lines.Lines[i].Slice.ToString());
        var yaml = string.Join('\n', yamlLines);
        // Markdig lines are 0-based; YamlDotNet's are 1-based: the first YAML line is file line block.Line + 2.
        var lineOffset = block.Line + 1;
        start = new SourceLocation(file, block.Line + 1, 1);

        var map = Load(yaml, file, lineOffset, start, sink);
        return new FrontMatterDocument(markdown, map, body, start);
    }

    // 1-based line of the first line whose indentation holds a tab, or null.
    private static int? FirstTabIndentedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].AsSpan(0, lines[i].Length - lines[i].AsSpan().TrimStart(" \t").Length);
            if (indentation.Contains('\t')) return i + 1;
        }
        return null;
    }

    private static YamlMap? Load(string yaml, string file, int lineOffset, SourceLocation start, IDiagnosticSink sink)
    {
        if (yaml.Length > ContentLimits.MaxFrontMatterChars)
        {
            sink.Report(Diagnostic.Error(start, DiagnosticCodes.TooLarge,
                $"front matter is {yaml.Length} characters long, expected at most {ContentLimits.MaxFrontMatterChars}; long text belongs in the note's body"));
            return null;
        }
        if (YamlBounds.Check(yaml) is { } violation)
        {
            sink.Report(Diagnostic.Error(new SourceLocation(file, (int)violation.At.Line + lineOffset, (int)violation.At.Column),
                DiagnosticCodes.TooDeep, violation.Message));
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // YamlDotNet places a tab used as indentation at the start of the mapping it was scanning (line 1 for a
            // tab on line 19): the first line indented with a tab is where the writer must look.
            var at = e.Message.Contains("tab", StringComparison.Ordinal) && FirstTabIndentedLine(yaml) is { } tabLine
                ? new SourceLocation(file, tabLine + lineOffset, 1)
                : new SourceLocation(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column);
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedYaml,
                $"front matter is not valid YAML: {Describe(e)}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can fail this way, without a position, on some unclosed flow collections
            // ("[a, b" then a new key): point at the line that opens one, else at the front matter.
            var at = UnclosedFlow(yaml) is ({ } line, { } column)
                ? new SourceLocation(file, line + lineOffset, column)
                : start;
            sink.Report(Diagnostic.Error(at, DiagnosticCodes.MalformedYaml,
                "front matter is not valid YAML: check for an unclosed '[', '{' or quote"));
            return null;
        }

        catch (ArgumentException e)
        {
            // The events parsed but YamlDotNet's node builder refused them (found by fuzzing): no position is known.
            sink.Report(Diagnostic.Error(start, DiagnosticCodes.MalformedYaml,
                $"front matter is not valid YAML: {e.Message.Split(" (Parameter")[0]}; expected one map of 'key: value' lines"));
            return null;
        }

        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        switch (root)
        {
            case null:
            case YamlScalarNode { Value: null or "" }:
                return new YamlMap(new YamlMappingNode(), file, lineOffset, sink, start);
            case YamlMappingNode mapping:
                return new YamlMap(mapping, file, lineOffset, sink, start, YamlKeyMarks.Read(yaml));
            default:
                sink.Report(Diagnostic.Error(start, DiagnosticCodes.MalformedYaml,
                    $"front matter is a {YamlMap.Describe(root)}, expected a map of 'key: value' lines"));
                return null;
        }
    }

    /// <summary>The 1-based line and column of the first '[' or '{' not closed on its own line, outside quotes.</summary>
    private static (int? Line, int? Column) UnclosedFlow(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var open = new Stack<int>();
            char? quote = null;
            for (var c = 0; c < lines[i].Length; c++)
            {
                var ch = lines[i][c];
                if (quote is not null) { if (ch == quote) quote = null; continue; }
                if (ch is '"' or '\'') quote = ch;
                else if (ch == '#' && (c == 0 || lines[i][c - 1] == ' ')) break;
                else if (ch is '[' or '{') open.Push(c);
                else if (ch is ']' or '}' && open.Count > 0) open.Pop();
            }
            if (open.Count > 0) return (i + 1, open.Last() + 1);
        }
        return (null, null);
    }

    // YamlDotNet messages start with "(Line: 3, Col: 1, Idx: ...) - (...): "; the position is reported separately.
    private static string Describe(YamlException e)
    {
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).Trim();
    }
}
