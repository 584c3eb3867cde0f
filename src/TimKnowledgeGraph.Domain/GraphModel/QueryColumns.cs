using System.ComponentModel.DataAnnotations.Schema;
using System.Reflection;

namespace TimKnowledgeGraph.Domain.GraphModel;

/// <summary>
/// The query column a typed row reads for each of its members: the member's name in camelCase (<c>RegionName</c> reads
/// <c>regionName</c>), or, for a property, the name its <see cref="ColumnAttribute"/> gives (<c>CitedWork.Key</c> reads
/// <c>id</c>). The one rule the row binder and the shapes that declare node properties from their members both follow.
/// </summary>
public static class QueryColumns
{
    /// <summary>What a shape (a record bound by its init properties, such as <c>CitedWork</c>) binds: its settable properties.</summary>
    public static IEnumerable<PropertyInfo> SettableProperties(Type shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return shape.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);
    }

    /// <summary>The column a settable property of a shape reads.</summary>
    public static string Of(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.GetCustomAttribute<ColumnAttribute>()?.Name ?? CamelCase(property.Name);
    }

    /// <summary>The column a row constructor's parameter reads.</summary>
    public static string Of(ParameterInfo parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return CamelCase(parameter.Name!);
    }

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
