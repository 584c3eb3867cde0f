namespace TimKnowledgeGraph.Host.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, problems to <see cref="Error"/>.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error);
