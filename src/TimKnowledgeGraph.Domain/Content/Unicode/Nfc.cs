using System.Text;

namespace TimKnowledgeGraph.Domain.Content.Unicode;

/// <summary>
/// Unicode Normalization Form C (UAX #15): canonical decomposition, canonical ordering of combining marks, canonical
/// composition. Needed because the app runs with InvariantGlobalization, where <see cref="string.Normalize()"/> returns
/// its input unchanged: "Zürich" typed on Windows (ü, U+00FC) and taken from a macOS file name (u + U+0308) stay two
/// strings. Linear in the input's length (marks are ordered with a stable sort); the output is at most three times as
/// long (U+FB2C decomposes to three code points that do not compose again). An unpaired surrogate is kept as it is.
/// </summary>
public static class Nfc
{
    // Hangul syllables are composed and decomposed by arithmetic (Unicode §3.12), not by table.
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    /// <summary><paramref name="text"/> in NFC; the same instance when it already is.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Every character below U+0300 is a starter that stays in NFC (NFC_Quick_Check=Yes): ASCII and Latin-1 ids are
        // returned at once.
        if (text.AsSpan().IndexOfAnyInRange('\u0300', '\uFFFF') < 0) return text;
        var data = NfcData.Instance;
        var points = new List<int>(text.Length + 8);
        foreach (var codePoint in CodePoints(text)) Decompose(codePoint, data, points);
        Order(points, data);
        var composed = Compose(points, data);
        var output = new StringBuilder(composed.Count);
        foreach (var codePoint in composed) Append(output, codePoint);
        return output.Equals(text.AsSpan()) ? text : output.ToString();
    }

    // Code points of the text; an unpaired surrogate is one "code point" of its own value, which nothing decomposes.
    private static IEnumerable<int> CodePoints(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                yield return char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            else yield return text[i];
        }
    }

    private static void Decompose(int codePoint, NfcData data, List<int> output)
    {
        if (codePoint is >= SBase and < SBase + SCount)
        {
            var index = codePoint - SBase;
            output.Add(LBase + index / NCount);
            output.Add(VBase + index % NCount / TCount);
            if (index % TCount != 0) output.Add(TBase + index % TCount);
            return;
        }
        if (!data.TryDecompose(codePoint, out var first, out var second))
        {
            output.Add(codePoint);
            return;
        }
        // Canonical decompositions nest only a few levels deep (U+1E69 → U+1E63 U+0307 → s U+0323 U+0307).
        Decompose(first, data, output);
        if (second >= 0) Decompose(second, data, output);
    }

    // Canonical ordering: each run of marks (non-zero classes) sorted by class, stably (OrderBy is stable).
    private static void Order(List<int> points, NfcData data)
    {
        var start = 0;
        while (start < points.Count)
        {
            if (data.ClassOf(points[start]) == 0) { start++; continue; }
            var end = start;
            while (end < points.Count && data.ClassOf(points[end]) != 0) end++;
            if (end - start > 1)
            {
                var run = points.GetRange(start, end - start).OrderBy(data.ClassOf).ToList();
                for (var i = 0; i < run.Count; i++) points[start + i] = run[i];
            }
            start = end;
        }
    }

    // Canonical composition: each character joins the last starter unless a character between them blocks it (one of
    // class 0, or of a class not lower than its own).
    private static List<int> Compose(List<int> points, NfcData data)
    {
        var output = new List<int>(points.Count);
        var starter = -1;      // index in output of the last starter
        var lastClass = -1;    // class of the last character kept after it; -1 when none
        foreach (var codePoint in points)
        {
            var @class = data.ClassOf(codePoint);
            var blocked = lastClass != -1 && (lastClass == 0 || lastClass >= @class);
            if (starter >= 0 && !blocked && TryCompose(output[starter], codePoint, data, out var composite))
            {
                output[starter] = composite;
                continue;
            }
            if (@class == 0)
            {
                starter = output.Count;
                lastClass = -1;
            }
            else lastClass = @class;
            output.Add(codePoint);
        }
        return output;
    }

    private static bool TryCompose(int first, int second, NfcData data, out int composite)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            composite = SBase + ((first - LBase) * VCount + second - VBase) * TCount;
            return true;
        }
        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            composite = first + second - TBase;
            return true;
        }
        return data.TryCompose(first, second, out composite);
    }

    private static void Append(StringBuilder output, int codePoint)
    {
        if (codePoint > 0xFFFF) output.Append(char.ConvertFromUtf32(codePoint));
        else output.Append((char)codePoint);
    }
}
