using System.Text;

namespace TimKnowledgeGraph.Tests.Fuzz;

/// <summary>
/// One edit of a seed file's bytes. Positions are fractions (per mille) of the current length, so an edit stays
/// meaningful however earlier edits changed the length, and CsCheck can shrink them.
/// </summary>
public sealed record Mutation(int Kind, int At, int Length, int Token, int Repeat)
{
    /// <summary>
    /// Fragments that open or close something in one of the formats (YAML, Markdown, wiki-links, citations, BibTeX,
    /// JSON, CSV, XML), bytes that are not UTF-8, and line breaks: what hostile or broken files are made of.
    /// </summary>
    public static readonly byte[][] Tokens =
    [
        .. new[]
        {
            "[", "]", "[[", "]]", "[@", "](", "![", ">", "> ", "- ", "1. ", "  ", "*", "_", "`", "```", "~~~", "|", "\\", "#",
            "{", "}", "(", ")", "\"", "'", ",", ":", ": ", "&a ", "*a", "!!binary ", "? ", "---\n", "...\n", "@", "@string{", "@article{",
            "<", "</", "<!--", "<![CDATA[", "<!DOCTYPE g [<!ENTITY e \"x\">]>", "&e;", "<node id=\"", "<edge ", "<data key=\"",
            "\n", "\r\n", "\t", "\0", "%", "$", "~", "^", "=", "é", "\u200B", "\uFEFF",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0x80],
    ];

    /// <summary>Applies the edit: 0 insert a token (repeated), 1 delete a range, 2 duplicate a range, 3 overwrite a byte.</summary>
    public byte[] Apply(byte[] input)
    {
        var at = (int)((long)input.Length * At / 1000);
        var token = Tokens[Token % Tokens.Length];
        switch (Kind)
        {
            case 0:
                var inserted = new byte[token.Length * Repeat];
                for (var i = 0; i < Repeat; i++) token.CopyTo(inserted, i * token.Length);
                return [.. input.AsSpan(0, at), .. inserted, .. input.AsSpan(at)];
            case 1:
                var end = Math.Min(input.Length, at + Length);
                return [.. input.AsSpan(0, at), .. input.AsSpan(end)];
            case 2:
                var range = input.AsSpan(at, Math.Min(input.Length - at, Length));
                return [.. input.AsSpan(0, at), .. range, .. range, .. input.AsSpan(at)];
            default:
                if (input.Length == 0) return input;
                var copy = (byte[])input.Clone();
                copy[Math.Min(at, copy.Length - 1)] = token[0];
                return copy;
        }
    }

    public override string ToString() => Kind switch
    {
        0 => $"insert {Repeat} x {Encoding.UTF8.GetString(Tokens[Token % Tokens.Length]).ReplaceLineEndings("\\n")} at {At}‰",
        1 => $"delete {Length} at {At}‰",
        2 => $"duplicate {Length} at {At}‰",
        _ => $"overwrite a byte at {At}‰ with token {Token % Tokens.Length}",
    };
}
