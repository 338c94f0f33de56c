using System.Text.Encodings.Web;
using System.Text.Json;

namespace MedSec.Cli.Output;

/// <summary>
/// The JSON of every verb: camelCase names, dates <c>yyyy-MM-dd</c> (System.Text.Json's DateOnly format),
/// decimals with at least two decimals (money 2500.77, 1800.50; rates keep their 4 decimals).
/// </summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new DecimalConverter() },
    };

    /// <summary>Writes <paramref name="value"/> as one JSON object followed by a newline.</summary>
    public static void Write<T>(TextWriter writer, T value)
    {
        writer.WriteLine(JsonSerializer.Serialize(value, Options));
        writer.Flush();
    }
}
