using Microsoft.Extensions.Configuration;
namespace TimKnowledgeGraph.Host.Hosting;

internal static class LoggingDefaults
{
    /// <summary>The configuration key the CLI's <c>--verbose</c> option sets.</summary>
    public const string VerboseKey = "Cli:Verbose";

    /// <summary>
    /// Quiet framework logs, and no "Hosting failed to start" stack trace: start-up failures the user can act on
    /// are reported once, as one line, by the CLI. A background service that stops the host is still logged, with its
    /// trace. With <paramref name="toStandardError"/> every log line goes to stderr, so a command's result on stdout
    /// (JSON, CSV) stays clean, and only warnings and errors are logged unless the command was given <c>--verbose</c>
    /// (configuration <c>Cli:Verbose</c>): a one-shot command's progress lines ("starting Neo4j", "schema ready") are
    /// noise around its answer.
    /// </summary>
    public static IHostApplicationBuilder UseTimKgLogging(this IHostApplicationBuilder builder, bool toStandardError)
    {
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        // The host's own category logs "Hosting failed to start" as an error (the CLI reports those as one line), but a
        // background service's failure that stops the host as critical: keep that one, or the host stops silently.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        if (toStandardError)
        {
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning); // no "Press Ctrl+C" in a one-shot command
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            if (!builder.Configuration.GetValue<bool>(VerboseKey)) builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }
        return builder;
    }
}
