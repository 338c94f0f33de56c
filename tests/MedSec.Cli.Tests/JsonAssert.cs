using System.Text.Json;

namespace MedSec.Cli.Tests;

/// <summary>Assertions on the JSON contract of DESIGN.md.</summary>
public static class JsonAssert
{
    public static void HasFields(JsonElement element, params string[] names)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        foreach (var name in names)
            Assert.True(element.TryGetProperty(name, out _), $"missing field '{name}' in {element}");
    }

    public static decimal Money(JsonElement element, string name)
    {
        var property = element.GetProperty(name);
        Assert.Equal(JsonValueKind.Number, property.ValueKind);
        var raw = property.GetRawText();
        Assert.Matches(@"^-?\d+\.\d{2}$", raw);
        return property.GetDecimal();
    }

    public static DateOnly Date(JsonElement element, string name)
    {
        var raw = element.GetProperty(name).GetString();
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", raw);
        return DateOnly.ParseExact(raw!, "yyyy-MM-dd");
    }

    public static string[] Warnings(JsonElement element)
    {
        var warnings = element.GetProperty("warnings");
        Assert.Equal(JsonValueKind.Array, warnings.ValueKind);
        return [.. warnings.EnumerateArray().Select(w => w.GetString()!)];
    }
}
