using System.Text.Json;
using TimKnowledgeGraph.Neo4j.Cypher;

namespace TimKnowledgeGraph.Host.Output;

/// <summary>
/// A parameter value as a person types it (the console's parameters box, <c>timkg cypher -p name=value</c>): text that
/// reads as JSON (a number, true/false, null, a "quoted string", a [list] or {map}) is that value, as the API reads it
/// (<see cref="CypherValues.FromJson"/>); anything else is a plain string, so <c>id=learning-region</c> needs no quotes.
/// Text that starts like a list, map or quoted string but is not valid JSON is an error, not a string by accident.
/// </summary>
internal static class ParameterText
{
    /// <exception cref="FormatException">The value starts with <c>[</c>, <c>{</c> or <c>"</c> but is not valid JSON, or
    /// holds a number Cypher cannot (as <see cref="CypherValues.FromJson"/> says).</exception>
    public static object? Read(string text)
    {
        if (text.Length == 0) return "";
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            if (text[0] is '[' or '{' or '"')
                throw new FormatException($"'{CutText.Echo(text)}' starts like JSON but is not valid JSON ({FirstSentence(e.Message)}); write a list as [1, 2], a map as {{\"a\": 1}}, text in \"quotes\"");
            return text;
        }
        using (json) return CypherValues.FromJson(json.RootElement);
    }

    // System.Text.Json appends the position; the value is short enough to see it.
    private static string FirstSentence(string message) => message.Split(" LineNumber:")[0].TrimEnd('.', ' ');
}
