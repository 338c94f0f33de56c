using FsCheck;
using FsCheck.Fluent;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>FsCheck generators of valid observations (values a file can carry exactly, within Windows-1252).</summary>
public static class ObservationGen
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêàçôûÉÈ«»€'-";
    private const string Awkward = " ;,|\t\"\n";

    public static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>Text with separators, quotes and line breaks inside, trimmed and never empty.</summary>
    public static Gen<string> Text(int maxLength = 24) =>
        from length in Gen.Choose(1, maxLength)
        from chars in Gen.ArrayOf(Gen.Frequency((6, Gen.Elements(Letters.ToCharArray())), (1, Gen.Elements(Awkward.ToCharArray()))), length)
        let text = new string(chars).Trim()
        select text.Length == 0 ? "x" : text;

    /// <summary>A decimal with up to <paramref name="scale"/> digits after the point between the bounds (in units).</summary>
    public static Gen<decimal> Amount(int min, int max, int scale) =>
        from units in Gen.Choose(min, max)
        from fraction in Gen.Choose(0, (int)Math.Pow(10, scale) - 1)
        from digits in Gen.Choose(0, scale)
        select units + Math.Round(fraction / (decimal)Math.Pow(10, scale), digits);

    private static Gen<T?> Maybe<T>(Gen<T> gen) where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(v => (T?)v)));

    private static Gen<string?> MaybeText(Gen<string> gen) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (3, gen.Select(v => (string?)v)));

    private static Gen<T> Any<T>() where T : struct, Enum => Gen.Elements(Enum.GetValues<T>());

    public static Gen<Observation> Observation() =>
        from day in Gen.Choose(0, Today.DayNumber - new DateOnly(2020, 1, 1).DayNumber)
        from source in Text(16)
        from sector in Any<Sector>()
        from employer in Maybe(Any<EmployerType>())
        from size in Maybe(Any<SizeBand>())
        from region in Gen.Elements(CodeBook.RegionNames.Keys.ToArray())
        from departement in MaybeText(Gen.Elements("01", "07", "2A", "2B", "69", "75", "95", "971", "976"))
        from experience in Maybe(Amount(0, 40, 1))
        from specialty in Maybe(Any<Specialty>())
        from title in MaybeText(Text())
        from grade in Maybe(Any<GradeCode>())
        from echelon in Maybe(Gen.Choose(1, 13))
        from contract in Maybe(Any<ContractType>())
        from hours in Maybe(Amount(1, 47, 2))
        from amount in Amount(5, 90000, 2)
        from basis in Any<PayBasis>()
        from months in Gen.Elements(12m, 13m, 13.5m, 14m)
        from kind in Any<PayKind>()
        from gender in Maybe(Any<Gender>())
        from synthetic in Gen.Elements(true, false)
        let isPublic = sector == Sector.Public
        select new Observation(
            new DateOnly(2020, 1, 1).AddDays(day), source, sector, employer, size, new Region(region), departement, experience,
            specialty, title, isPublic ? grade : null, isPublic && grade is not null ? echelon : null, contract, hours,
            amount == 0 ? 1 : amount, basis, months, kind, gender, synthetic);
}
