using System.Diagnostics;
using TimKnowledgeGraph.Graph.Loading;

namespace TimKnowledgeGraph.Host.Cli;

/// <summary>
/// Progress of a load or import on stderr: one line updated in place on a terminal; on a pipe or under CI
/// (no cursor control) a plain line every few seconds instead, so logs stay readable.
/// </summary>
internal sealed class ProgressLine(TextWriter error, bool interactive) : IProgress<LoadProgress>
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private TimeSpan? _lastPlain;
    private int _width;

    /// <summary>A progress line for the real console: in place only when stderr is a terminal and not under CI.</summary>
    public static ProgressLine For(CliConsole console) =>
        new(console.Error, !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            && ReferenceEquals(console.Error, Console.Error));

    /// <inheritdoc />
    public void Report(LoadProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_lock)
        {
            var elapsed = _clock.Elapsed;
            var rate = elapsed.TotalSeconds > 0 ? value.Done / elapsed.TotalSeconds : 0;
            var of = value.Total > 0 ? $"{value.Done:N0} of {value.Total:N0} ({100.0 * value.Done / value.Total:0}%)" : $"{value.Done:N0}";
            var text = $"{value.Stage}: {of}, {rate:N0}/s, {elapsed:mm\\:ss}";
            if (interactive)
            {
                error.Write('\r' + text.PadRight(_width));
                _width = text.Length;
            }
            else if (_lastPlain is not { } last || elapsed - last >= PlainInterval || (value.Total > 0 && value.Done >= value.Total))
            {
                error.WriteLine(text);
                _lastPlain = elapsed;
            }
        }
    }

    /// <summary>Ends the in-place line so that what follows starts on a fresh one.</summary>
    public void Complete()
    {
        lock (_lock)
        {
            if (interactive && _width > 0) error.WriteLine();
            _width = 0;
        }
    }
}
