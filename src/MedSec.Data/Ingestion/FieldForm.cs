using System.Runtime.CompilerServices;

namespace MedSec.Data.Ingestion;

/// <summary>
/// How a reader takes a field's value from the bytes CsvHelper gives. A type parameter rather than a flag: the JIT
/// compiles the validation once for each form it meets, with no test on every field.
/// </summary>
internal interface IFieldForm
{
    static abstract ReadOnlySpan<byte> Of(ReadOnlySpan<byte> field);
}

/// <summary>The field as written: for a text whose fields are known to be trimmed already (<see cref="TrimmedText"/>).</summary>
internal readonly struct AsWritten : IFieldForm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Of(ReadOnlySpan<byte> field) => field;
}

/// <summary>The field trimmed (<see cref="Utf8Text.Trim"/>).</summary>
internal readonly struct Trimmed : IFieldForm
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> Of(ReadOnlySpan<byte> field) => Utf8Text.Trim(field);
}
