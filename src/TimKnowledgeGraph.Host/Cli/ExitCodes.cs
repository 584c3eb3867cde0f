namespace TimKnowledgeGraph.Host.Cli;

/// <summary>Process exit codes, so scripts can tell bad input from an unreachable server.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The content or the command's input is wrong: diagnostics say what and where.</summary>
    public const int InvalidInput = 1;
    /// <summary>Neo4j could not be reached, refused the credentials, or failed.</summary>
    public const int ServerError = 2;
    /// <summary>The local Neo4j could not be provisioned or started (e.g. Java missing).</summary>
    public const int LocalServerError = 3;
    /// <summary>Another run holds what the command needs (sysexits' EX_TEMPFAIL): e.g. an import of the same dataset; try again later.</summary>
    public const int Busy = 75;
    /// <summary>Stopped by Ctrl+C or SIGTERM (128 + SIGINT, the shell's convention).</summary>
    public const int Cancelled = 130;
    /// <summary>A bug stopped the command (sysexits' EX_SOFTWARE): e.g. a background service of <c>serve</c> failed.</summary>
    public const int InternalError = 70;
}
