using System.Text;
using TimKnowledgeGraph.Host.Output;

namespace TimKnowledgeGraph.Tests.Host;

/// <summary>
/// A value cut for a page: its first characters and the length of the whole, a cut never halving a surrogate pair, and
/// a list or map written out only as far as it is shown.
/// </summary>
public sealed class CutTextTests
{
    [Fact]
    public void ShouldKeepATextThatFitsWhole()
    {
        var cut = ValueText.Cut("<b>small</b>", 20);

        Assert.Equal("<b>small</b>", cut.Shown);
        Assert.Equal(12, cut.Length);
        Assert.False(cut.IsCut);
    }

    [Theory]
    [InlineData(1, "a")]
    [InlineData(2, "a")] // "a" and half of 😀: the half is left out
    [InlineData(3, "a😀")]
    public void ShouldNeverSplitASurrogatePair(int maxChars, string shown)
    {
        var cut = ValueText.Cut("a😀b", maxChars);

        Assert.True(cut.Shown == shown, Mismatch(cut.Shown, shown));
        Assert.Equal(4, cut.Length);
        Assert.True(cut.IsCut);
    }

    [Fact]
    public void ShouldShowTheBeginningOfAListAsJsonAndCountTheWhole()
    {
        List<object?> list = [.. Enumerable.Range(0, 100_000).Select(i => (object?)$"<ø€ {i}>"), new Dictionary<string, object?> { ["k"] = 1L }];
        var whole = ValueText.Format(list);

        var cut = ValueText.Cut(list, 2_000);

        Assert.Equal(whole[..2_000], cut.Shown);
        Assert.Equal(whole.Length, cut.Length);
        Assert.True(cut.IsCut);
    }

    [Fact]
    public void ShouldNotWriteOutAHugeListToCutIt()
    {
        List<object?> list = [.. Enumerable.Repeat((object?)"<<<<<<<", 2_900_000)];
        var before = GC.GetAllocatedBytesForCurrentThread();

        var cut = ValueText.Cut(list, 2_000);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(29_000_001, cut.Length); // the brief's query: 2.9 million items of 10 characters, less a comma, and brackets
        // Written out whole, its JSON was 29 MB of UTF-8 and 58 MB as a string; cut, it takes the serializer's buffers.
        Assert.True(allocated < 2L * 1024 * 1024, $"allocated {allocated:N0} bytes");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void ShouldCountUtf8InAnyChunksAsTheStringWouldAndKeepWholeCharacters(int chunk)
    {
        const string text = "a😀ø€b😀😀€€€€€z";
        var bytes = Encoding.UTF8.GetBytes(text);
        using var stream = new Utf8PrefixStream(5);

        for (var i = 0; i < bytes.Length; i += chunk) stream.Write(bytes, i, Math.Min(chunk, bytes.Length - i));

        var cut = stream.ToCutText();
        Assert.Equal(text.Length, cut.Length);
        Assert.True(cut.Shown == "a😀ø€", Mismatch(cut.Shown, "a😀ø€"));
    }

    [Fact]
    public void ShouldShowNeitherHalfAPairNorAPartlyKeptSequence()
    {
        // Five characters keep 18 bytes: four € (12), the first 😀 (4) and half of the second 😀, which decodes as U+FFFD.
        // The first 😀 is the fifth and sixth characters: it is left out whole, and the partial sequence after it too.
        const string text = "€€€€😀😀😀";
        using var stream = new Utf8PrefixStream(5);

        stream.Write(Encoding.UTF8.GetBytes(text));

        var cut = stream.ToCutText();
        Assert.True(cut.Shown == "€€€€", Mismatch(cut.Shown, "€€€€"));
        Assert.Equal(text.Length, cut.Length);
    }

    // A failure message must not hold a lone surrogate: the test runner drops such a result from its report altogether
    // (the test neither passes nor fails), so the text shown is described by its UTF-16 code units.
    private static string Mismatch(string actual, string expected) =>
        $"shown {Units(actual)}, expected {Units(expected)}";

    private static string Units(string text) => string.Join(" ", text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
}
