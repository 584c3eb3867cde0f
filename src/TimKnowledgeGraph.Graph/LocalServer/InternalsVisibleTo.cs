using System.Runtime.CompilerServices;

// The watchdog test starts a server on behalf of a short-lived fake owner process (internal constructor).
[assembly: InternalsVisibleTo("TimKnowledgeGraph.Tests")]
