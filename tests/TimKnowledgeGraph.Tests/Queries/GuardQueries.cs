using CsCheck;

namespace TimKnowledgeGraph.Tests.Queries;

/// <summary>
/// Generators for the read-only guard's property tests: write clauses and procedure calls hidden in every lexical position
/// (after comments, around backtick names with quotes and doubled backticks, after strings with escaped quotes of both
/// kinds and unicode escapes, in mixed case, with odd whitespace), and ordinary reads that mention write words only
/// where they are not keywords.
/// </summary>
internal static class GuardQueries
{
    // Neo4j 3.1 does not take U+00A0 as whitespace (a syntax error), so only the hostile queries use it.
    private static readonly string[] ReadSeparators = [" ", "  ", "\t", "\n", "\r\n", "\u2003", "/**/", "/* x */", "//c\n", " \f "];
    private static readonly string[] HostileSeparators = [.. ReadSeparators, "\u00A0", "\u0085"];

    // ^WORD^ marks a keyword whose letters get a random case; a space is any separator below.
    private static readonly string[] Writes =
    [
        "^CREATE^ (:Zzq {id:'p'})",
        "^MERGE^ (:Zzq {id:'p'})",
        "^MATCH^ (a:Actor) ^SET^ a.name = 'changed'",
        "^MATCH^ (a:Actor) ^SET^ a:Changed",
        "^MATCH^ (a:Actor) ^SET^ a += {x:1}",
        "^MATCH^ (a:Actor) ^REMOVE^ a.name",
        "^MATCH^ (a:Actor) ^REMOVE^ a:Actor",
        "^MATCH^ ()-[t]->() ^DELETE^ t",
        "^MATCH^ (a:Actor) ^DETACH^ ^DELETE^ a",
        "^FOREACH^ (i ^IN^ [1] | ^CREATE^ (:Zzq))",
        "^LOAD^ ^CSV^ ^FROM^ 'file:///etc/hostname' ^AS^ line",
        "^CREATE^ ^INDEX^ ^ON^ :Zzq(id)",
        "^CREATE^ ^CONSTRAINT^ ^ON^ (z:Zzq) ^ASSERT^ z.id ^IS^ ^UNIQUE^",
        "^DROP^ ^INDEX^ ^ON^ :Actor(name)",
        "^CALL^ dbms.security.createUser('evil','evilpw',false)",
        "^CALL^ `dbms`.`security`.`createUser`('evil','evilpw',false)",
        "^CALL^ dbms.security.deleteUser('nobody')",
        "^CALL^ dbms.security.changePassword($password)",
        "^CALL^ dbms.changePassword($password)",
        "^CALL^ db.awaitIndex(':Actor(id)')",
        "^CALL^ db.resampleOutdatedIndexes()",
        "^CALL^ dbms.queryJmx('*:*')",
        "^USING^ ^PERIODIC^ ^COMMIT^ ^LOAD^ ^CSV^ ^FROM^ 'file:///etc/hostname' ^AS^ l ^CREATE^ (:Zzq)",
    ];

    private static readonly string[] Prefixes =
    [
        "",
        "// ' \" `\n",
        "/* ' \" ` */ ",
        "/* a ** b / */ ",
        "^WITH^ 1 ^AS^ `'` ",
        "^WITH^ 1 ^AS^ `a``'b` ",
        "^WITH^ 1 ^AS^ ```` ",
        "^WITH^ 'it\\'s' ^AS^ s ",
        "^WITH^ \"say \\\"hi\\\"\" ^AS^ s ",
        "^WITH^ '\\u0027' ^AS^ s ",
        "^WITH^ \"\\u0022\" ^AS^ s ",
        "^WITH^ \"\\\\\" ^AS^ s ",
        "^WITH^ '\\\\' ^AS^ `\\` ",
        "^WITH^ '//' ^AS^ s ",
        "^WITH^ \"/*\" ^AS^ s ",
        "^WITH^ `/*` ^AS^ s ",
        "^WITH^ '\\'' ^AS^ `\"` ",
        "^MATCH^ (n) ^WITH^ count(n) ^AS^ c ",
        "^RETURN^ 1 ^AS^ done ^UNION^ ",
    ];

    private static readonly string[] Suffixes = ["", " //'", " /* ` */", " ^RETURN^ 1 ^AS^ done //'", " ^RETURN^ 1 ^AS^ `'`"];

    /// <summary>Queries that write, or call a procedure that is not allowed, hidden in some lexical context.</summary>
    public static readonly Gen<string> HiddenWrites = HiddenWritesSeparatedBy(HostileSeparators);

    /// <summary>The same with only separators Neo4j 3.1 takes as whitespace, so that most of them are valid Cypher.</summary>
    public static readonly Gen<string> ParsableHiddenWrites = HiddenWritesSeparatedBy(ReadSeparators);

    private static Gen<string> HiddenWritesSeparatedBy(string[] separators) =>
        from prefix in Gen.OneOf(Prefixes)
        from write in Gen.OneOf(Writes)
        from suffix in Gen.OneOf(Suffixes)
        from seed in Gen.Int
        select Render(prefix + write + suffix, separators, new Random(seed));

    private static readonly string[] Labels = ["Actor", "Merge", "`CREATE`", "Set", "`DELETE me`", "Call", "Load"];
    private static readonly string[] Properties = ["id", "name", "create", "set", "delete", "`drop`", "load", "call", "foreach", "remove", "merge", "`a``b`"];
    private static readonly string[] Strings =
    [
        "'CREATE (n)'", "\"DETACH DELETE n\"", "'it\\'s CALL dbms.security.createUser(\\'x\\',\\'y\\',false)'",
        "'\\u0027 DROP INDEX ON :Actor(id)'", "'//'", "\"/*\"", "'`'", "\"\\\\\"", "'\\\\'",
    ];
    private static readonly string[] Comments = ["", " // CREATE (x) '\n", " /* SET n.x = 1 ' \" ` */ ", " //'"];
    private static readonly string[] Aliases = ["x", "`CREATE`", "`a``b`", "`'`", "`//`", "`\"`"];

    private static readonly string[] ReadTemplates =
    [
        "^MATCH^ (n:{label}) ^WHERE^ n.{prop} = {str} ^RETURN^ n.{prop} ^AS^ {alias}{comment}",
        "^WITH^ {str} ^AS^ {alias} ^RETURN^ {alias}, {{{prop}: 1}} ^AS^ m{comment}",
        "^MATCH^ (a:Actor)-[r:TIE]->(b) ^RETURN^ a.{prop} ^AS^ {alias}, count(r) ^AS^ c ^ORDER^ ^BY^ c ^DESC^ ^LIMIT^ 5",
        "^CALL^ db.labels() ^YIELD^ label ^RETURN^ label ^AS^ {alias}{comment}",
        "^CALL^ db.propertyKeys(){comment}",
        "^UNWIND^ [1, 2, 3] ^AS^ {alias} ^RETURN^ {alias} * 2 ^AS^ doubled{comment}",
        "^MATCH^ (n) ^RETURN^ n {.{prop}} ^AS^ {alias} ^SKIP^ 1 ^LIMIT^ 5",
        "^OPTIONAL^ ^MATCH^ (n:{label}) ^WITH^ count(n) ^AS^ c ^RETURN^ c, {str} ^AS^ s",
        "^MATCH^ (n:{label})-[:{label}|TIE]->(m) ^WHERE^ n.{prop} ^STARTS^ ^WITH^ {str} ^RETURN^ m.id ^AS^ id{comment}",
    ];

    /// <summary>Read-only queries, valid on Neo4j 3.1, that mention write words only as names, strings and comments.</summary>
    public static readonly Gen<string> Reads =
        from template in Gen.OneOf(ReadTemplates)
        from label in Gen.OneOf(Labels)
        from prop in Gen.OneOf(Properties)
        from str in Gen.OneOf(Strings)
        from comment in Gen.OneOf(Comments)
        from alias in Gen.OneOf(Aliases)
        from seed in Gen.Int
        select Render(template.Replace("{label}", label).Replace("{prop}", prop).Replace("{str}", str)
            .Replace("{comment}", comment).Replace("{alias}", alias).Replace("{{", "{").Replace("}}", "}"), ReadSeparators, new Random(seed));

    // Gives each ^KEYWORD^ a random case and replaces the spaces right before and after keywords (always between
    // tokens, never inside a string, name or comment) with random separators.
    private static string Render(string template, string[] separators, Random random)
    {
        var text = new System.Text.StringBuilder();
        var parts = template.Split('^');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (i % 2 == 1)
            {
                foreach (var c in part) text.Append(random.Next(2) == 0 ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
                continue;
            }
            var leading = i > 0 && part.StartsWith(' ');
            var trailing = i < parts.Length - 1 && part.EndsWith(' ') && part.Length > (leading ? 1 : 0);
            if (leading) text.Append(separators[random.Next(separators.Length)]);
            text.Append(part, leading ? 1 : 0, part.Length - (leading ? 1 : 0) - (trailing ? 1 : 0));
            if (trailing) text.Append(separators[random.Next(separators.Length)]);
        }
        return text.ToString();
    }
}
