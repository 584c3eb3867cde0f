using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;
using TimKnowledgeGraph.Neo4j.Cypher.Http;

namespace TimKnowledgeGraph.Tests.Cypher;

/// <summary>
/// The streaming JSON reader under Neo4j's answers: values cut anywhere by the network read as the whole text parses, and
/// a large value arriving in small chunks is scanned a bounded number of times over, not once per chunk (counted with
/// <see cref="JsonStreamReader.Scanned"/>, not timed).
/// </summary>
public sealed class JsonStreamReaderTests
{
    private const long Cap = 32L * 1024 * 1024;

    [Fact]
    public async Task A_large_value_arriving_in_small_chunks_is_scanned_about_twice()
    {
        // As `RETURN range(1, 500000) AS l` answers: 3.4 MB in reads of 4 KB. Scanning the buffered value again from its
        // start after each chunk, as this reader once did, went through about 1.4 GB here.
        var bytes = Encoding.UTF8.GetBytes($"[{string.Join(",", Enumerable.Range(1, 500_000))}]");
        var json = new JsonStreamReader(new ChunkedStream(bytes, [4096]), Cap);

        var list = Assert.IsType<List<object?>>(await json.ReadValueAsync(TestContext.Current.CancellationToken));

        Assert.Equal(500_000, list.Count);
        Assert.Equal(500_000L, list[^1]);
        Assert.Equal(bytes.Length, json.Position);
        // Once to find where the value ends as it arrives, once to read it; a few bytes more for a number cut by a chunk.
        Assert.InRange(json.Scanned, 2L * bytes.Length, 3L * bytes.Length);
    }

    [Fact]
    public async Task A_long_string_arriving_in_small_chunks_is_scanned_a_few_times_over()
    {
        // A token cannot be resumed inside: each attempt reads a cut string again from its start, so attempts must get
        // rarer as it grows. Trying after every 4 KB read went through about 2.2 GB here.
        var text = new string('a', 3_000_000);
        var bytes = Encoding.UTF8.GetBytes($"[\"{text}\",\"{text}\"]");
        var json = new JsonStreamReader(new ChunkedStream(bytes, [4096]), Cap);
        var token = TestContext.Current.CancellationToken;

        Assert.True(await json.ReadAsync(token));
        Assert.True(await json.ReadAsync(token));
        Assert.Equal(text, json.Text);
        Assert.Equal(text, await json.ReadValueAsync(token));

        Assert.Equal(bytes.Length - 1, json.Position);
        // The first as a token: attempts at sizes doubling up to it (under twice its length), then read once. The second
        // as a value: the same, then read once more.
        Assert.InRange(json.Scanned, 2L * bytes.Length, 4L * bytes.Length);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100_000)]
    public async Task A_value_cut_by_the_end_of_the_answer_is_an_error(int count)
    {
        // Within the first buffer, and after many refills (where finding the value's end has gone on across them).
        var bytes = Encoding.UTF8.GetBytes($"[{string.Join(",", Enumerable.Range(1, count))},[1,\"a");
        var json = new JsonStreamReader(new ChunkedStream(bytes, [4096]), Cap);
        await Assert.ThrowsAnyAsync<JsonException>(async () => await json.ReadValueAsync(TestContext.Current.CancellationToken));
    }

    // Every token kind, multi-byte UTF-8 (2, 3 and 4 bytes) and escapes, so that chunks cut inside all of them.
    private static readonly Gen<string> Number = Gen.OneOf(
        Gen.Long.Select(l => l.ToString(CultureInfo.InvariantCulture)),
        Gen.Double[-1e12, 1e12].Select(d => d.ToString("R", CultureInfo.InvariantCulture)),
        Gen.OneOf("0", "-0", "1.5e-7", "2.0E10", "9223372036854775808"));

    private static readonly Gen<string> Text = Gen.Frequency(
        (20, Gen.OneOf("a", "Zebra ", "é", "€", "😀", "\\\"", "\\\\", "\\/", "\\n", "\\t", "\\u00e9", "\\ud83d\\ude00")
            .Array[0, 12].Select(parts => string.Concat(parts))),
        // Some longer than the reader's first buffer (16 KB), so that it grows while a token is cut.
        (1, Gen.Int[1, 20_000].Select(n => new string('x', n) + "é")))
        .Select(s => $"\"{s}\"");

    private static readonly Gen<string> Space = Gen.OneOf("", " ", "\n  ", "\t");

    private static readonly Gen<string> Scalar = Gen.OneOf(Gen.OneOf("null", "true", "false"), Number, Text);

    private static Gen<string> Value(int depth) => depth == 0 ? Scalar : Gen.Frequency(
        (3, Scalar),
        (1, Gen.Select(Space, Value(depth - 1), Space, (a, v, b) => a + v + b).Array[0, 6]
            .Select(items => $"[{string.Join(",", items)}]")),
        (1, Gen.Select(Space, Text, Space, Value(depth - 1), (a, k, b, v) => $"{a}{k}{b}:{a}{v}{b}").Array[0, 6]
            .Select(members => $"{{{string.Join(",", members)}}}")));

    // Mostly cut every few bytes, sometimes in larger reads.
    private static readonly Gen<int[]> Chunks = Gen.Frequency((3, Gen.Int[1, 16]), (1, Gen.Int[17, 5000])).Array[1, 8];

    [Fact]
    public async Task Values_cut_at_any_chunk_boundary_read_as_the_whole_text_parses()
    {
        await Gen.Select(Value(3).Array[1, 8], Chunks, Gen.Int[0, 2]).SampleAsync(async sample =>
        {
            var (items, chunks, firstWay) = sample;
            var bytes = Encoding.UTF8.GetBytes($"[{string.Join(",", items)}]");
            using var whole = JsonDocument.Parse(bytes);
            var json = new JsonStreamReader(new ChunkedStream(bytes, chunks), Cap);
            var token = TestContext.Current.CancellationToken;

            Assert.True(await json.ReadAsync(token));
            Assert.Equal(JsonTokenType.StartArray, json.TokenType);
            var i = 0;
            foreach (var expected in whole.RootElement.EnumerateArray())
            {
                // Each of the three ways of reading a value, taking turns.
                switch ((firstWay + i++) % 3)
                {
                    case 0:
                        Assert.Equal(Canonical(Plain(expected)), Canonical(await json.ReadValueAsync(token)));
                        break;
                    case 1:
                        Assert.Equal(expected.GetRawText(), (await json.DeserializeAsync<JsonElement>(token)).GetRawText());
                        break;
                    default:
                        Assert.True(await json.ReadAsync(token));
                        if (expected.ValueKind == JsonValueKind.String) Assert.Equal(expected.GetString(), json.Text);
                        await json.SkipValueAsync(token);
                        break;
                }
            }
            Assert.True(await json.ReadAsync(token));
            Assert.Equal(JsonTokenType.EndArray, json.TokenType);
            Assert.False(await json.ReadAsync(token));
            Assert.Equal(bytes.Length, json.Position);
        }, iter: 300, print: sample => $"chunks [{string.Join(",", sample.Item2)}], {sample.Item3}: [{Shorten(string.Join(",", sample.Item1))}]");
    }

    // The plain values PlainJson gives, from the parsed whole (a repeated name keeps its last value, as there).
    private static object? Plain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(new Dictionary<string, object?>(StringComparer.Ordinal), (map, p) =>
        {
            map[p.Name] = Plain(p.Value);
            return map;
        }),
        JsonValueKind.Array => element.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (object)l : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    // Types and all: a long and a double of the same number differ.
    private static string Canonical(object? value) => value switch
    {
        null => "null",
        long l => $"long {l}",
        double d => $"double {d:R}",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        List<object?> list => $"[{string.Join(",", list.Select(Canonical))}]",
        Dictionary<string, object?> map => $"{{{string.Join(",", map.Select(p => $"{JsonSerializer.Serialize(p.Key)}:{Canonical(p.Value)}"))}}}",
        _ => throw new InvalidOperationException($"not a plain value: {value.GetType()}"),
    };

    private static string Shorten(string text) => text.Length <= 2000 ? text : $"{text[..2000]}… ({text.Length} chars)";

    // Hands out the bytes in reads of the given sizes, taken in turn, as a network stream may.
    private sealed class ChunkedStream(byte[] bytes, int[] chunks) : MemoryStream(bytes)
    {
        private int _reads;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, NextChunk()));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, NextChunk())], cancellationToken);

        private int NextChunk() => chunks[_reads++ % chunks.Length];
    }
}
