using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using TimKnowledgeGraph.Domain.Citations;
using TimKnowledgeGraph.Domain.Content.References;
using TimKnowledgeGraph.Domain.GraphModel;

namespace TimKnowledgeGraph.Graph.Queries;

/// <summary>
/// Binds result records to typed rows by column name (never by position), and checks every row type marked
/// <see cref="QueryRowAttribute"/> against its query's declared columns. A value of the wrong kind or a missing
/// optional property reads as null (empty for lists), as pages show what the graph has. A map value binds to a nested
/// record and a list of maps to an <c>IReadOnlyList</c> of one, by key as columns are. A shape (a record of our own
/// with only a parameterless constructor, such as <see cref="CitedWork"/>) binds its settable properties instead, and
/// as a row's parameter it reads the row's own columns: a reference's fields sit beside the row's other columns.
/// </summary>
public static class RowBinder
{
    // The value types a row may take; each is converted forgivingly from what Neo4j's JSON gives.
    private static readonly Dictionary<Type, Func<object?, object?>> Converters = new()
    {
        [typeof(string)] = Text,
        [typeof(long?)] = v => v switch { long l => l, double d => (long)d, _ => null },
        [typeof(long)] = v => v switch { long l => l, double d => (long)d, _ => 0L },
        [typeof(double?)] = v => v switch { double d => d, long l => (double)l, _ => null },
        [typeof(double)] = v => v switch { double d => d, long l => (double)l, _ => 0d },
        [typeof(bool)] = v => v is true,
        [typeof(IReadOnlyList<string>)] = v => Strings(v),
        // Names as the graph stores them: "Family, Given", a single name, or a corporate name (PersonName.FromStored).
        [typeof(IReadOnlyList<PersonName>)] = v => CitedWork.NamesFromStored(Strings(v)),
        [typeof(object)] = v => v,
    };

    private static readonly ConcurrentDictionary<Type, ConstructorInfo> Constructors = new();
    private static readonly ConcurrentDictionary<Type, Func<object?, object?>?> Nested = new();

    /// <summary>One record as a <typeparamref name="T"/>: each constructor parameter from the column of its name.</summary>
    public static T Bind<T>(IReadOnlyDictionary<string, object?> record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return (T)BindMap(typeof(T), record);
    }

    private static object BindMap(Type type, IReadOnlyDictionary<string, object?> record)
    {
        var constructor = Constructors.GetOrAdd(type, ConstructorOf);
        if (IsShape(type)) return BindShape(type, constructor, record);
        var arguments = constructor.GetParameters()
            .Select(p => IsShape(p.ParameterType)
                ? BindShape(p.ParameterType, Constructors.GetOrAdd(p.ParameterType, ConstructorOf), record)
                : ConverterOf(p.ParameterType)!(record.TryGetValue(QueryColumns.Of(p), out var value) ? value : null))
            .ToArray();
        return constructor.Invoke(arguments);
    }

    // A shape's settable properties from the columns the record has; those it lacks keep their defaults (empty lists),
    // so a query returns only the fields it needs.
    private static object BindShape(Type type, ConstructorInfo constructor, IReadOnlyDictionary<string, object?> record)
    {
        var shape = constructor.Invoke([]);
        foreach (var property in QueryColumns.SettableProperties(type))
        {
            var value = record.TryGetValue(QueryColumns.Of(property), out var stored) ? ConverterOf(property.PropertyType)!(stored) : null;
            // A required text (a key) missing or null reads as empty, never null, as the rows' own keys did ("Id ?? \"\"").
            if (value is null && IsRequired(property) && property.PropertyType == typeof(string)) value = "";
            if (value is not null) property.SetValue(shape, value);
        }
        return shape;
    }

    // A shape: a record of our own whose one public constructor takes nothing (init properties), e.g. CitedWork.
    private static bool IsShape(Type type) =>
        IsRecord(type) && type.GetConstructors() is [{ } only] && only.GetParameters().Length == 0;

    private static bool IsRequired(PropertyInfo property) => property.GetCustomAttribute<RequiredMemberAttribute>() is not null;

    // A scalar or list of text from the table above; a record type as a nested map, a list of records as a list of
    // maps (items that are not maps skipped); null for any other type.
    private static Func<object?, object?>? ConverterOf(Type type)
    {
        if (Converters.TryGetValue(type, out var scalar)) return scalar;
        return Nested.GetOrAdd(type, t =>
        {
            if (IsRecord(t)) return v => v is IReadOnlyDictionary<string, object?> map ? BindMap(t, map) : null;
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && IsRecord(t.GetGenericArguments()[0]))
            {
                var item = t.GetGenericArguments()[0];
                return v =>
                {
                    var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
                    if (v is IEnumerable<object?> values)
                        foreach (var map in values.OfType<IReadOnlyDictionary<string, object?>>()) list.Add(BindMap(item, map));
                    return list;
                };
            }
            return null;
        });
    }

    // A nested row: a class of our own with a public constructor (records), not a framework type.
    private static bool IsRecord(Type type) =>
        type.IsClass && !type.IsAbstract && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true && type.GetConstructors().Length > 0;

    /// <summary>Every record as a <typeparamref name="T"/>.</summary>
    public static IReadOnlyList<T> BindAll<T>(IEnumerable<IReadOnlyDictionary<string, object?>> records) => [.. records.Select(Bind<T>)];

    /// <summary>
    /// What is wrong with binding <paramref name="rowType"/> to <paramref name="query"/>, one sentence each naming the
    /// file and line of its <c>@returns</c>; empty when every parameter names a declared column of a supported type.
    /// </summary>
    public static IReadOnlyList<string> Check(Type rowType, NamedQuery query)
    {
        ArgumentNullException.ThrowIfNull(rowType);
        ArgumentNullException.ThrowIfNull(query);
        var problems = new List<string>();
        foreach (var parameter in ConstructorOf(rowType).GetParameters())
        {
            if (IsShape(parameter.ParameterType))
            {
                problems.AddRange(ShapeProblems(rowType, parameter.ParameterType, query));
                continue;
            }
            var column = QueryColumns.Of(parameter);
            if (!query.Columns.Contains(column, StringComparer.Ordinal))
                problems.Add($"{query.ReturnsLocation}: {rowType.Name}.{parameter.Name} reads column '{column}', which the @returns line does not declare " +
                             $"(it declares {string.Join(", ", query.Columns)})");
            problems.AddRange(TypeProblems(rowType, parameter, query.ReturnsLocation, []));
        }
        return problems;
    }

    // A shape read from the row's own columns: its required properties (the key) must be declared columns, and every
    // property the query does return must be of a type a row takes. Optional fields a query leaves out read as empty.
    private static IEnumerable<string> ShapeProblems(Type rowType, Type shape, NamedQuery query)
    {
        foreach (var property in QueryColumns.SettableProperties(shape))
        {
            var column = QueryColumns.Of(property);
            var declared = query.Columns.Contains(column, StringComparer.Ordinal);
            if (!declared && IsRequired(property))
                yield return $"{query.ReturnsLocation}: {rowType.Name} reads {shape.Name}.{property.Name} from column '{column}', " +
                             $"which the @returns line does not declare (it declares {string.Join(", ", query.Columns)})";
            if (declared && !Converters.ContainsKey(property.PropertyType))
                yield return $"{query.ReturnsLocation}: {shape.Name}.{property.Name} is a {property.PropertyType.Name}, which a row cannot take";
        }
    }

    // What a parameter's type cannot bind, following nested rows (their keys are not declared by @returns, only their types are checked).
    private static IEnumerable<string> TypeProblems(Type owner, ParameterInfo parameter, string location, HashSet<Type> seen)
    {
        var type = parameter.ParameterType;
        if (Converters.ContainsKey(type)) yield break;
        if (ConverterOf(type) is null)
        {
            yield return $"{location}: {owner.Name}.{parameter.Name} is a {type.Name}; a row takes string, long, double, bool, " +
                         "IReadOnlyList<string>, object, a nested record (a map) or IReadOnlyList of one (a list of maps)";
            yield break;
        }
        var nested = IsRecord(type) ? type : type.GetGenericArguments()[0];
        if (!seen.Add(nested)) yield break;
        foreach (var property in IsShape(nested) ? QueryColumns.SettableProperties(nested) : [])
            if (!Converters.ContainsKey(property.PropertyType))
                yield return $"{location}: {nested.Name}.{property.Name} is a {property.PropertyType.Name}, which a row cannot take";
        foreach (var inner in ConstructorOf(nested).GetParameters())
            foreach (var problem in TypeProblems(nested, inner, location, seen))
                yield return problem;
    }

    /// <summary>
    /// Checks every <see cref="QueryRowAttribute"/> row of <paramref name="assembly"/> against <paramref name="catalog"/>;
    /// throws one exception listing every problem. Run at start-up.
    /// </summary>
    public static void CheckAll(QueryCatalog catalog, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(assembly);
        var problems = new List<string>();
        foreach (var type in assembly.GetTypes())
        {
            foreach (var row in type.GetCustomAttributes<QueryRowAttribute>())
            {
                if (catalog.TryGet(row.Query, out var query)) problems.AddRange(Check(type, query));
                else problems.Add($"{type.Name} is a row of query '{row.Query}', which cypher/ does not have");
            }
        }
        if (problems.Count > 0)
            throw new InvalidOperationException("Typed rows do not match their queries' columns:\n" + string.Join("\n", problems));
    }

    // The constructor a row binds through: the one with the most parameters.
    private static ConstructorInfo ConstructorOf(Type type) =>
        type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
        ?? throw new InvalidOperationException($"{type.Name} has no public constructor to bind rows with");

    private static List<string> Strings(object? value) =>
        value is IEnumerable<object?> list ? list.Select(Text).OfType<string>().ToList() : [];

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        // As tables and pages show numbers (Host.Output.ValueText): at most four decimals.
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => value.ToString(),
    };
}
