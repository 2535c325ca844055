using System.Reflection;

namespace MedTwin.Notebooks.Display;

/// <summary>The public instance properties a table shows for a type, in declaration order, base type's first.</summary>
internal static class PublicProperties
{
    public static IReadOnlyList<PropertyInfo> Of(Type type)
    {
        // Reflection does not promise declaration order; metadata tokens within one declaring type do follow it.
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanRead && property.GetMethod!.IsPublic && property.GetIndexParameters().Length == 0)
            .OrderBy(property => Depth(property.DeclaringType!))
            .ThenBy(property => property.MetadataToken)
            .ToList();
    }

    private static int Depth(Type type)
    {
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }

        return depth;
    }
}
