using System.Text.Json;

namespace MedSec.Bench;

/// <summary>How child processes report to the parent.</summary>
public static class BenchJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
