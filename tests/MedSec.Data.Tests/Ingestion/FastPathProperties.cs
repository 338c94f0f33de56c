using System.Globalization;
using System.Text;
using System.Text.Unicode;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// The ingestion's fast paths (decimal and date parsers without per-character branching, the UTF-8 check in parts, the
/// file read in halves) must agree with the plain .NET answer on every input.
/// </summary>
public class FastPathProperties
{
    [Property(MaxTest = 500, Replay = "(1147,5)")]
    public Property PlainDecimalsParseToTheirValueScaleAndHundredths() =>
        Prop.ForAll(Arb.From(
            from high in Gen.Choose(0, 999_999_999)
            from low in Gen.Choose(0, 999_999)
            from scale in Gen.Choose(0, 4)
            from point in Gen.Elements(',', '.')
            select (high, low, scale, point)), t =>
            {
                var (high, low, scale, point) = t;
                var digits = ((long)high * 1_000_000 + low).ToString(CultureInfo.InvariantCulture);
                var text = scale == 0 ? digits : digits.PadLeft(scale + 1, '0').Insert(Math.Max(digits.Length, scale + 1) - scale, point.ToString());
                var expected = decimal.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture);

                Assert.True(Utf8Text.TryParseDecimal(Encoding.ASCII.GetBytes(text), out var value, out var hundredths));
                Assert.Equal(expected, value);
                Assert.Equal(expected.Scale, value.Scale);
                Assert.Equal(scale <= 2 ? (long)(expected * 100) : Utf8Text.NoHundredths, hundredths);
            });

    [Property(MaxTest = 2000, Replay = "(2264,17)")]
    public Property TenCharacterDatesParseExactlyWhenTheDayExists() =>
        Prop.ForAll(Arb.From(
            from year in Gen.Choose(0, 9999)
            from month in Gen.Choose(0, 13)
            from day in Gen.Choose(0, 32)
            from french in Gen.Elements(true, false)
            select (year, month, day, french)), t =>
            {
                var (year, month, day, french) = t;
                var text = french
                    ? string.Create(CultureInfo.InvariantCulture, $"{day:00}/{month:00}/{year:0000}")
                    : string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");
                var exists = year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

                Assert.Equal(exists, Utf8Text.TryParseDate(Encoding.ASCII.GetBytes(text), out var date));
                if (exists) Assert.Equal(new DateOnly(year, month, day), date);
            });

    [Fact]
    public void EveryDayFrom1990To2100ParsesInBothFormats()
    {
        for (var date = new DateOnly(1990, 1, 1); date.Year <= 2100; date = date.AddDays(1))
        {
            Assert.True(Utf8Text.TryParseDate(Encoding.ASCII.GetBytes(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)), out var french));
            Assert.True(Utf8Text.TryParseDate(Encoding.ASCII.GetBytes(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), out var iso));
            Assert.Equal(date, french);
            Assert.Equal(date, iso);
        }
    }

    private static readonly Gen<string> Characters = Gen.Elements("a", "Z", "7", ";", "\n", "é", "É", "€", "\u00A0", "\u202F", "😀", "œ");

    [Property(MaxTest = 300, Replay = "(777,11)")]
    public Property Utf8CheckedInPartsAgreesWithTheWholeCheck() =>
        Prop.ForAll(Arb.From(
            from parts in Gen.ListOf(Characters)
            from corruptAt in Gen.Choose(-1, 400)
            from corruptWith in Gen.Choose(0, 255)
            from degree in Gen.Choose(2, 4)
            select (Encoding.UTF8.GetBytes(string.Concat(parts)), corruptAt, corruptWith, degree)), t =>
            {
                var (bytes, corruptAt, corruptWith, degree) = t;
                if (corruptAt >= 0 && corruptAt < bytes.Length) bytes[corruptAt] = (byte)corruptWith;
                Assert.Equal(Utf8.IsValid(bytes), TextScanner.ScanParts(bytes, degree, minPartBytes: 1).All(p => p.ValidUtf8));
            });

    [Fact]
    public void ALargeFileReadInHalvesEqualsTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"medsec-read-{Guid.NewGuid():N}.bin");
        try
        {
            var bytes = new byte[(17 << 20) + 12_345];
            new Random(2264).NextBytes(bytes);
            File.WriteAllBytes(path, bytes);
            Assert.Equal(bytes, InputFile.Read(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
