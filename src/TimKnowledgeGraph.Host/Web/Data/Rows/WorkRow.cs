using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Graph.Queries;

namespace TimKnowledgeGraph.Host.Web.Data.Rows;

/// <summary>A reference of the corpus (<c>web-bibliography</c>), every field the author–date formatter uses.</summary>
[QueryRow("web-bibliography")]
internal sealed record WorkRow(CitedWork Work);
