using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedSec.Cli.Output;

/// <summary>Writes a decimal as a JSON number with at least two decimals (2000 → 2000.00, 0.2084 stays 0.2084).</summary>
public sealed class DecimalConverter : JsonConverter<decimal>
{
    private const string AtLeastTwoDecimals = "0.00############################";

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.ToString(AtLeastTwoDecimals, CultureInfo.InvariantCulture), skipInputValidation: true);
}
