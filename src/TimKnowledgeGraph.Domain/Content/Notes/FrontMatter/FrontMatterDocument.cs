using Markdig.Syntax;
using TimKnowledgeGraph.Domain.Diagnostics;

namespace TimKnowledgeGraph.Domain.Content.Notes.FrontMatter;

/// <summary>A Markdown file split into its front matter and body.</summary>
/// <param name="Markdown">The whole file parsed with <see cref="Markdown.NoteMarkdown.ParsePipeline"/>; inline positions are file positions.</param>
/// <param name="FrontMatter">The front matter mapping, or null when it is missing or malformed (already reported).</param>
/// <param name="Body">The Markdown after the front matter, trimmed.</param>
/// <param name="Start">Where the file (and its front matter) starts.</param>
internal sealed record FrontMatterDocument(MarkdownDocument Markdown, YamlMap? FrontMatter, string Body, SourceLocation Start);
