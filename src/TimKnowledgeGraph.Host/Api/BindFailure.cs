namespace TimKnowledgeGraph.Host.Api;

/// <summary>
/// ASP.NET Core's sentence for a value that does not bind, <c>Failed to bind parameter "Nullable&lt;int&gt; top" from
/// "999999999999".</c>, read into the parameter, its C# type and the value, and said as the API's other parameter
/// problems are: <c>Parameter top must be a whole number up to 2147483647, got '999999999999'.</c> (it named C#'s type).
/// </summary>
internal sealed record BindFailure(string Type, string Name, string Value)
{
    private const string Start = "Failed to bind parameter \"";
    private const string From = "\" from \"";
    private const string End = "\".";

    /// <summary>The parts of <paramref name="message"/>, or null when it is not that sentence.</summary>
    public static BindFailure? Read(string message)
    {
        if (!message.StartsWith(Start, StringComparison.Ordinal) || !message.EndsWith(End, StringComparison.Ordinal)) return null;
        var from = message.IndexOf(From, Start.Length, StringComparison.Ordinal);
        if (from < 0) return null;
        var declared = message[Start.Length..from];
        var space = declared.LastIndexOf(' ');
        if (space <= 0) return null;
        return new BindFailure(declared[..space], declared[(space + 1)..], message[(from + From.Length)..^End.Length]);
    }

    /// <summary>"Parameter top must be a whole number up to 2147483647, got '999999999999'."</summary>
    public string Sentence => Problems.BadParameterSentence(Name, $"must be {Expected}", Value);

    private string Expected => Type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>', '?') switch
    {
        "int" or "Int32" => $"a whole number up to {int.MaxValue}",
        "long" or "Int64" => "a whole number",
        "double" or "Double" or "float" or "Single" => "a number",
        "bool" or "Boolean" => "true or false",
        _ => "a value of another form",
    };
}
