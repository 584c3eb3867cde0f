using System.Globalization;

namespace TimKnowledgeGraph.Domain.Content.Unicode;

/// <summary>
/// Unicode's canonical data that <see cref="Nfc"/> needs, read once from <c>nfc-data.txt</c> (embedded; written by
/// tools/unicode-nfc/generate.py from Python's unicodedata): combining classes, one-level canonical decompositions, and
/// the pairs that compose (primary composites). Hangul syllables are not listed: <see cref="Nfc"/> computes them.
/// </summary>
internal sealed class NfcData
{
    private const string Resource = "unicode/nfc-data.txt";

    /// <summary>The data, read at first use.</summary>
    public static NfcData Instance { get; } = Load();

    private readonly Dictionary<int, byte> _classes = [];
    private readonly Dictionary<int, (int First, int Second)> _decompositions = []; // Second is -1 for a singleton
    private readonly Dictionary<long, int> _compositions = [];

    /// <summary>The canonical combining class of <paramref name="codePoint"/> (0 for starters).</summary>
    public int ClassOf(int codePoint) => codePoint < 0x300 ? 0 : _classes.GetValueOrDefault(codePoint);

    /// <summary>The one-level canonical decomposition of <paramref name="codePoint"/>, if it has one.</summary>
    public bool TryDecompose(int codePoint, out int first, out int second)
    {
        var found = _decompositions.TryGetValue(codePoint, out var parts);
        (first, second) = parts;
        return found;
    }

    /// <summary>The primary composite of <paramref name="first"/> and <paramref name="second"/>, if there is one.</summary>
    public bool TryCompose(int first, int second, out int composite) => _compositions.TryGetValue(Pair(first, second), out composite);

    private static long Pair(int first, int second) => ((long)first << 21) | (uint)second;

    private static NfcData Load()
    {
        using var stream = typeof(NfcData).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"the embedded resource {Resource} is missing from the build");
        using var reader = new StreamReader(stream);
        var data = new NfcData();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split(' ');
            var numbers = fields.Skip(1).Select(f => int.Parse(f, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            switch (fields[0])
            {
                case "c":
                    // The class is written in decimal, the code points in hex.
                    var @class = byte.Parse(fields[3], CultureInfo.InvariantCulture);
                    for (var cp = numbers[0]; cp <= numbers[1]; cp++) data._classes[cp] = @class;
                    break;
                case "d" or "x":
                    var second = numbers.Length > 2 ? numbers[2] : -1;
                    data._decompositions[numbers[0]] = (numbers[1], second);
                    if (fields[0] == "d") data._compositions[Pair(numbers[1], second)] = numbers[0];
                    break;
                default:
                    throw new InvalidDataException($"{Resource}: unknown line '{line}'");
            }
        }
        return data;
    }
}
