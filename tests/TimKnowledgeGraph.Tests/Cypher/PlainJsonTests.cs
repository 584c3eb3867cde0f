using System.Text;
using System.Text.Json;
using TimKnowledgeGraph.Neo4j.Cypher.Http;

namespace TimKnowledgeGraph.Tests.Cypher;

/// <summary>Result values read from Neo4j's answer into plain .NET values.</summary>
public sealed class PlainJsonTests
{
    [Fact]
    public void Half_a_surrogate_pair_in_a_string_or_a_key_becomes_the_replacement_character_and_whole_pairs_stay()
    {
        // Neo4j returns what it stores, also text that is not valid UTF-16 (RETURN '\uD800'); reading it was a 500.
        var json = """["a\ud800b", {"\udc00x": "\ud83d\ude00 \u0041\n\\ \"q\" \/"}, "\ud800\ud800\udc00"]"""u8;
        var reader = new Utf8JsonReader(json);
        reader.Read();

        var value = Assert.IsType<List<object?>>(PlainJson.ReadValue(ref reader));

        Assert.Equal("a\uFFFDb", value[0]);
        var map = Assert.IsType<Dictionary<string, object?>>(value[1]);
        Assert.Equal("\U0001F600 A\n\\ \"q\" /", map["\uFFFDx"]);
        Assert.Equal("\uFFFD\U00010000", value[2]);
    }

    [Fact]
    public void Valid_strings_read_as_the_reader_reads_them()
    {
        var json = Encoding.UTF8.GetBytes("""["plain", "esc\u00e9\t", "Zürich"]""");
        var reader = new Utf8JsonReader(json);
        reader.Read();

        Assert.Equal(["plain", "escé\t", "Zürich"], Assert.IsType<List<object?>>(PlainJson.ReadValue(ref reader)));
    }
}
