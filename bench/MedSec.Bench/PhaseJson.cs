using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedSec.Bench;

/// <summary>How a phase child reports to <see cref="Compare"/>: source-generated, so that the Native AOT engine
/// (MedSec.Bench.Aot, no reflection-based serialisation) writes the same JSON as the JIT one.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PhaseReport))]
public sealed partial class PhaseJson : JsonSerializerContext;
