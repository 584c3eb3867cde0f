using TimKnowledgeGraph.Domain.Content;
using TimKnowledgeGraph.Domain.Content.Unicode;
using TimKnowledgeGraph.Tests.Infrastructure;

namespace TimKnowledgeGraph.Tests.Content.Unicode;

/// <summary>
/// The app's own NFC (string.Normalize does nothing under InvariantGlobalization) against Python's unicodedata, and its
/// bounds on hostile input.
/// </summary>
public sealed class NfcTests
{
    [Fact]
    public void ShouldComposeEveryCaseAsPythonDoes()
    {
        Assert.True(NfcCases.All.Count > 2_000, $"only {NfcCases.All.Count} cases read");
        var wrong = NfcCases.All.Where(c => Nfc.Normalize(c.Text) != c.Nfc).Select(c => Hex(c.Text)).Take(10).ToList();
        Assert.True(wrong.Count == 0, "not composed as unicodedata does: " + string.Join(" | ", wrong));
    }

    [Fact]
    public void ShouldLeaveTextInNfcAsItIs()
    {
        foreach (var (_, nfc) in NfcCases.All) Assert.Equal(nfc, Nfc.Normalize(nfc));
        const string ascii = "learning-region";
        Assert.Same(ascii, Nfc.Normalize(ascii));
        const string composed = "Zürich 지역";
        Assert.Same(composed, Nfc.Normalize(composed));
    }

    [Fact]
    public void ShouldNotBeMisleadByThisMachinesNormalize()
    {
        // The reason for Nfc: under InvariantGlobalization string.Normalize returns its input. Should it ever compose,
        // this says Nfc may give way to it.
        Assert.Equal("Zu\u0308rich", "Zu\u0308rich".Normalize());
        Assert.Equal("Zürich", Nfc.Normalize("Zu\u0308rich"));
    }

    [Fact]
    public void ShouldKeepAnUnpairedSurrogateAndComposeAroundIt()
    {
        Assert.Equal("\uD800é\uDC00", Nfc.Normalize("\uD800e\u0301\uDC00"));
    }

    [Fact]
    public void ShouldStayLinearAndBoundedOnHostileText()
    {
        // 60,000 marks after a letter none composes with: sorted in one run, not pairwise; U+FB2C grows threefold, no more.
        var marks = "q" + string.Concat(Enumerable.Repeat("\u0323\u0301\u0316", 20_000));
        var clock = CpuClock.StartNew();
        Assert.Equal(marks.Length, Nfc.Normalize(marks).Length);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"a long run of marks took {clock.Elapsed}");
        var growing = new string('\uFB2C', 1_000);
        Assert.Equal(3_000, Nfc.Normalize(growing).Length);
        // Past the longest value a row may hold, Identifier leaves text as written: the length checks refuse it.
        var tooLong = "e\u0301" + new string('x', ContentLimits.MaxValueChars);
        Assert.Same(tooLong, Identifier.Normalize(tooLong));
    }

    private static string Hex(string text) => string.Join(' ', text.EnumerateRunes().Select(r => r.Value.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
}
