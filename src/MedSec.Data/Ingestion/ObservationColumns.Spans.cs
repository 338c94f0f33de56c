namespace MedSec.Data.Ingestion;

/// <summary>The columns as spans over the first <see cref="ObservationColumns.Count"/> rows, for the frame and the store.</summary>
public sealed partial class ObservationColumns
{
    internal ReadOnlySpan<int> Line => _line.AsSpan(0, _count);
    internal ReadOnlySpan<DateOnly> Date => _date.AsSpan(0, _count);
    internal string SourceAt(int i) => _texts[_source[Row(i)]]!;
    internal ReadOnlySpan<byte> Sector => _sector.AsSpan(0, _count);
    internal ReadOnlySpan<byte> Employer => _employer.AsSpan(0, _count);
    internal ReadOnlySpan<byte> Size => _size.AsSpan(0, _count);
    internal ReadOnlySpan<byte> Region => _region.AsSpan(0, _count);
    internal string? DepartementAt(int i) => _texts[_departement[Row(i)]];
    internal decimal? ExperienceAt(int i) => _hasExperience[i] ? _experience[i] : null;
    internal ReadOnlySpan<decimal> ExperienceValues => _experience.AsSpan(0, _count);
    internal ReadOnlySpan<bool> HasExperience => _hasExperience.AsSpan(0, _count);
    internal ReadOnlySpan<byte> Specialty => _specialty.AsSpan(0, _count);
    internal string? JobTitleAt(int i) => _texts[_jobTitle[Row(i)]];
    internal ReadOnlySpan<byte> Grade => _grade.AsSpan(0, _count);
    internal ReadOnlySpan<byte> Echelon => _echelon.AsSpan(0, _count);
    internal ReadOnlySpan<byte> Contract => _contract.AsSpan(0, _count);
    internal decimal? WeeklyHoursAt(int i) => _hasWeeklyHours[i] ? _weeklyHours[i] : null;
    internal ReadOnlySpan<decimal> WeeklyHoursValues => _weeklyHours.AsSpan(0, _count);
    internal ReadOnlySpan<bool> HasWeeklyHours => _hasWeeklyHours.AsSpan(0, _count);
    internal ReadOnlySpan<decimal> PayAmount => _payAmount.AsSpan(0, _count);
    internal ReadOnlySpan<byte> PayBasis => _payBasis.AsSpan(0, _count);
    internal ReadOnlySpan<decimal> MonthsPaid => _monthsPaid.AsSpan(0, _count);
    internal ReadOnlySpan<byte> PayKind => _payKind.AsSpan(0, _count);
    internal ReadOnlySpan<byte> Gender => _gender.AsSpan(0, _count);
    internal ReadOnlySpan<bool> Synthetic => _synthetic.AsSpan(0, _count);
    internal ReadOnlySpan<long> GrossCents => _grossCents.AsSpan(0, _count);
    internal ReadOnlyMemory<long> GrossCentsMemory => _grossCents.AsMemory(0, _count);
    internal ReadOnlySpan<bool> ConvertedFromNet => _convertedFromNet.AsSpan(0, _count);
    internal ReadOnlySpan<byte> Flags => _flags.AsSpan(0, _count);
    internal string? FlagReasonAt(int i) => SparseAt(_flagReason, i);

    /// <summary><paramref name="i"/>, a row below <see cref="ObservationColumns.Count"/>.</summary>
    private int Row(int i) => (uint)i < (uint)_count ? i : throw new ArgumentOutOfRangeException(nameof(i));

    /// <summary>Row <paramref name="i"/> of a sparse text column (null until a row has a value).</summary>
    private string? SparseAt(string?[]? column, int i) => column?[Row(i)];
    internal ReadOnlySpan<string?> Extra(int column) => _extra[column].AsSpan(0, _count);

    /// <summary>A numeric column's backing array as bytes over the first <see cref="ObservationColumns.Count"/> rows (shared
    /// with the DataFrame, not copied).</summary>
    internal ReadOnlyMemory<byte> ValueBytes(string column) => column switch
    {
        "line" => Frames.ByteView<int>.Of(_line, _count),
        "experience_years" => Frames.ByteView<decimal>.Of(_experience, _count),
        "weekly_hours" => Frames.ByteView<decimal>.Of(_weeklyHours, _count),
        "pay_amount" => Frames.ByteView<decimal>.Of(_payAmount, _count),
        "months_paid" => Frames.ByteView<decimal>.Of(_monthsPaid, _count),
        "converted_from_net" => Frames.ByteView<bool>.Of(_convertedFromNet, _count),
        "synthetic" => Frames.ByteView<bool>.Of(_synthetic, _count),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a numeric column."),
    };

    /// <summary>A coded column's backing array as memory over the first <see cref="ObservationColumns.Count"/> rows.</summary>
    internal ReadOnlyMemory<byte> CodeMemory(string column) => column switch
    {
        "sector" => _sector.AsMemory(0, _count),
        "employer_type" => _employer.AsMemory(0, _count),
        "size_band" => _size.AsMemory(0, _count),
        "region" => _region.AsMemory(0, _count),
        "specialty" => _specialty.AsMemory(0, _count),
        "grade" => _grade.AsMemory(0, _count),
        "echelon" => _echelon.AsMemory(0, _count),
        "contract" => _contract.AsMemory(0, _count),
        "pay_basis" => _payBasis.AsMemory(0, _count),
        "gross_or_net" => _payKind.AsMemory(0, _count),
        "gender" => _gender.AsMemory(0, _count),
        "flags" => _flags.AsMemory(0, _count),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Not a coded column."),
    };
}
