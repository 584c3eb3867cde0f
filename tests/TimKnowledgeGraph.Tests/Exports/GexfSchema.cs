using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Exports;

/// <summary>
/// The GEXF 1.3 schema (Fixtures/gexf-1.3: the GEXF Working Group's XSD, completed from its RELAX NG where the published
/// file does not compile; README.md there says what changed), compiled once, and a validator that lists every error.
/// </summary>
public static class GexfSchema
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "TimKnowledgeGraph.Tests", "Exports", "Fixtures", "gexf-1.3");

    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() }; // resolves the include of dynamics.xsd beside it, nothing remote
        using (var reader = XmlReader.Create(Path.Combine(Folder, "gexf.xsd"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
            set.Add(null, reader);
        set.Compile();
        return set;
    });

    /// <summary>Every schema error and warning of <paramref name="document"/>, as "line:col message"; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            // Without ProcessSchemaLocation the xsi:schemaLocation the writer names is not fetched: only the local schema counts.
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Severity}: {e.Message}");
        // Validate the text as it is written to a file, not the in-memory tree.
        using var text = new StringReader(document.Declaration + document.ToString());
        using var reader = XmlReader.Create(text, settings);
        while (reader.Read()) { }
        return errors;
    }

    /// <summary>Fails with the errors listed when <paramref name="document"/> is not valid GEXF 1.3.</summary>
    public static void AssertValid(XDocument document)
    {
        var errors = Errors(document);
        Assert.True(errors.Count == 0, "GEXF 1.3 schema errors:\n" + string.Join("\n", errors));
    }
}
