namespace TimKnowledgeGraph.Host.Hosting;

public static class LoggingDefaults
{
    /// <summary>
    /// Quiet framework logs, and no "Hosting failed to start" stack trace: start-up failures the user can act on
    /// are reported once, as one line, by the CLI. With <paramref name="toStandardError"/> every log line goes to
    /// stderr, so a command's result on stdout (JSON, CSV) stays clean.
    /// </summary>
    public static IHostApplicationBuilder UseTimKgLogging(this IHostApplicationBuilder builder, bool toStandardError)
    {
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        if (toStandardError)
        {
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning); // no "Press Ctrl+C" in a one-shot command
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        return builder;
    }
}
