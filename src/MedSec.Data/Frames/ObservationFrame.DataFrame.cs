using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;
using Microsoft.Data.Analysis;

namespace MedSec.Data.Frames;

/// <summary>DataFrame columns from typed arrays: byte columns are shared, other columns are written once into Arrow buffers.</summary>
public sealed partial class ObservationFrame
{
    /// <summary>The coded columns, in DataFrame order.</summary>
    public static readonly IReadOnlyList<string> CodedColumns =
        ["sector", "employer_type", "size_band", "region", "specialty", "grade", "echelon", "contract", "pay_basis", "gross_or_net", "gender", "flags"];

    private static DataFrame BuildDataFrame(ObservationColumns c)
    {
        var n = c.Count;
        // The columns that need a conversion (dates, cents, validity maps) are built on two threads; the others share the
        // pipeline's arrays.
        byte[]? dates = null, euros = null, experienceValid = null, hoursValid = null, allValid = null;
        var experienceNulls = 0;
        var hoursNulls = 0;
        Parallel.Invoke(
            () => dates = Dates(c.Date),
            () => euros = Euros(c.GrossCents),
            () =>
            {
                allValid = AllValid(n);
                (experienceValid, experienceNulls) = Validity(c.HasExperience);
                (hoursValid, hoursNulls) = Validity(c.HasWeeklyHours);
            });
        var columns = new List<DataFrameColumn>
        {
            new PrimitiveDataFrameColumn<int>("line", c.ValueBytes("line"), allValid, n, 0),
            new PrimitiveDataFrameColumn<DateTime>("date", dates, allValid, n, 0),
        };
        foreach (var name in CodedColumns)
            columns.Add(new PrimitiveDataFrameColumn<byte>(name, c.CodeMemory(name), allValid, n, 0));
        columns.Add(new DecimalDataFrameColumn("experience_years", c.ValueBytes("experience_years"), experienceValid, n, experienceNulls));
        columns.Add(new DecimalDataFrameColumn("weekly_hours", c.ValueBytes("weekly_hours"), hoursValid, n, hoursNulls));
        columns.Add(new DecimalDataFrameColumn("pay_amount", c.ValueBytes("pay_amount"), allValid, n, 0));
        columns.Add(new DecimalDataFrameColumn("months_paid", c.ValueBytes("months_paid"), allValid, n, 0));
        columns.Add(new DecimalDataFrameColumn("monthly_gross", euros, allValid, n, 0));
        columns.Add(new PrimitiveDataFrameColumn<bool>("converted_from_net", c.ValueBytes("converted_from_net"), allValid, n, 0));
        columns.Add(new PrimitiveDataFrameColumn<bool>("synthetic", c.ValueBytes("synthetic"), allValid, n, 0));
        return new DataFrame(columns);
    }

    /// <summary>An Arrow validity map (a bit per row, least significant first) and the number of nulls.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (byte[] Bits, int Nulls) Validity(ReadOnlySpan<bool> present)
    {
        var bits = new byte[(present.Length + 7) / 8];
        var nulls = 0;
        for (var i = 0; i < present.Length; i++)
        {
            if (present[i]) bits[i >> 3] |= (byte)(1 << (i & 7));
            else nulls++;
        }
        return (bits, nulls);
    }

    /// <summary>The same table with the coded columns as text codes and the text columns (source, département, job title) added.</summary>
    public DataFrame ToLabelledDataFrame()
    {
        var c = Columns;
        var frame = DataFrame.Clone();
        foreach (var name in CodedColumns)
        {
            var codes = c.CodeMemory(name).Span;
            var labels = new StringDataFrameColumn(name, c.Count);
            for (var i = 0; i < codes.Length; i++) labels[i] = Label(name, codes[i]);
            frame.Columns[name] = labels;
        }
        frame.Columns.Insert(2, Text("source", c.Count, c.SourceAt));
        frame.Columns.Add(Text("departement", c.Count, c.DepartementAt));
        frame.Columns.Add(Text("job_title", c.Count, c.JobTitleAt));
        return frame;
    }

    private static string? Label(string column, byte code) => column switch
    {
        "sector" => CodeBook.Sectors.ToCode((Sector)code),
        "region" => RegionIndex.Codes[code],
        "echelon" => code == 0 ? null : code.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "pay_basis" => ObservationCodes.Bases.ToCode((PayBasis)code),
        "gross_or_net" => ObservationCodes.Kinds.ToCode((PayKind)code),
        "flags" => ObservationCodes.FlagsCode((ObservationFlags)code),
        _ => code == 0 ? null : OptionalLabel(column, code - 1),
    };

    private static string OptionalLabel(string column, int value) => column switch
    {
        "employer_type" => CodeBook.Employers.ToCode((EmployerType)value),
        "size_band" => CodeBook.Sizes.ToCode((SizeBand)value),
        "specialty" => CodeBook.Specialties.ToCode((Specialty)value),
        "grade" => CodeBook.Grades.ToCode((GradeCode)value),
        "contract" => CodeBook.Contracts.ToCode((ContractType)value),
        _ => ObservationCodes.Genders.ToCode((Gender)value),
    };

    private static StringDataFrameColumn Text(string name, int count, Func<int, string?> at)
    {
        var column = new StringDataFrameColumn(name, count);
        for (var i = 0; i < count; i++) column[i] = at(i);
        return column;
    }

    private static byte[] AllValid(int n)
    {
        var bits = new byte[(n + 7) / 8];
        bits.AsSpan().Fill(0xFF);
        return bits;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte[] Dates(ReadOnlySpan<DateOnly> dates)
    {
        // Every byte is written below: not cleared first.
        var bytes = GC.AllocateUninitializedArray<byte>(dates.Length * sizeof(long));
        var target = MemoryMarshal.Cast<byte, DateTime>(bytes.AsSpan());
        for (var i = 0; i < dates.Length; i++) target[i] = dates[i].ToDateTime(TimeOnly.MinValue);
        return bytes;
    }

    /// <summary>Cents as decimals with scale 2 (exact, no division).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte[] Euros(ReadOnlySpan<long> cents)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(cents.Length * sizeof(decimal));
        var target = MemoryMarshal.Cast<byte, decimal>(bytes.AsSpan());
        for (var i = 0; i < cents.Length; i++)
        {
            var c = cents[i];
            var magnitude = (ulong)Math.Abs(c);
            target[i] = new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, c < 0, 2);
        }
        return bytes;
    }
}
