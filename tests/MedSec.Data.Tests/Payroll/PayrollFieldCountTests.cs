using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Ingestion;
using MedSec.Data.Payroll;

namespace MedSec.Data.Tests.Payroll;

/// <summary>
/// A payroll record whose field count is not the header's is refused, as in observation files (data/README.md): fewer
/// fields than the header, or more unless the extra ones are empty. Read otherwise, an unquoted decimal comma shifts
/// every column after it. Fixed seeds.
/// </summary>
public class PayrollFieldCountTests
{
    [Fact]
    public void UnquotedDecimalCommasInACommaSeparatedFileAreRefusedNotShifted()
    {
        var result = PayrollText.Run(
            "Matricule,Sexe,Salaire de base,Primes annuelles\n" +
            "A001,F,1900,50,1200\n" +
            "A002,F,2100,00,0\n" +
            "A003,F,2100,0,,\n");

        Assert.Equal(3, result.Read);
        Assert.Equal(["A003"], result.Records.Select(r => r.EmployeeId));
        Assert.Equal([(2L, Rejection.WholeRecord), (3L, Rejection.WholeRecord)], result.Rejections.Select(r => (r.Line, r.Column)));
        Assert.All(result.Rejections, r => Assert.Equal("L'enregistrement a 5 champs, l'en-tête en a 4.", r.Reason));
    }

    [Fact]
    public void AShortRecordIsRefusedAtItsFirstMissingColumn()
    {
        var result = PayrollText.Run("Matricule;Salaire de base;Sexe\nA;1900\n");

        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((2L, "Sexe", "L'enregistrement a 2 champs, l'en-tête en a 3."), (rejection.Line, rejection.Column, rejection.Reason));
        Assert.Empty(result.Records);
    }

    /// <summary>Trailing separators of the header make no columns, as in observation files: a record without them is
    /// whole, and a value under them is an extra field (it was refused for "3 champs, l'en-tête en a 5", or dropped).</summary>
    [Fact]
    public void TheHeadersTrailingSeparatorsAreNoColumns()
    {
        var result = PayrollText.Run("Matricule;Salaire de base;Sexe;;\nA1;1900;F\nA2;1900;F;;\nA3;1900;F;;300\n");

        Assert.Equal(["A1", "A2"], result.Records.Select(r => r.EmployeeId));
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((4L, Rejection.WholeRecord, "L'enregistrement a 5 champs, l'en-tête en a 3."), (rejection.Line, rejection.Column, rejection.Reason));
    }

    private sealed record Generated(string Text, int Records, long[] BadLines);

    /// <summary>A payroll of 1–20 one-line records; each has the header's 8 fields, or 1–3 fields missing, or 1–3 extra
    /// fields that are filled (a fault) or empty (trailing separators, accepted).</summary>
    private static Gen<Generated> File() =>
        from separator in Gen.Elements(';', ',', '\t', '|')
        from shapes in Gen.ListOf(Gen.Choose(-3, 3).Zip(Gen.Elements(true, false)))
            .Where(s => s.Count is > 0 and <= 20)
        select Build(separator, [.. shapes]);

    private static Generated Build(char separator, (int Delta, bool FilledExtra)[] shapes)
    {
        var text = new StringBuilder(PayrollText.FrenchHeader.Replace(';', separator)).Append('\n');
        var bad = new List<long>();
        for (var i = 0; i < shapes.Length; i++)
        {
            string[] fields = [$"M{i:000}", "F", "Secrétaire", "5", "01/01/2020", "1", "2000", "0"];
            var (delta, filled) = shapes[i];
            var written = delta < 0 ? fields[..^(-delta)]
                : [.. fields, .. Enumerable.Range(0, delta).Select(k => filled ? $"x{k}" : "")];
            if (delta < 0 || (delta > 0 && filled)) bad.Add(i + 2);
            text.Append(string.Join(separator, written)).Append('\n');
        }
        return new Generated(text.ToString(), shapes.Length, [.. bad]);
    }

    [Property(MaxTest = 200, Replay = "(20261122,41)")]
    public Property EveryRecordWithMissingOrFilledExtraFieldsIsRefusedWithItsLine() =>
        Prop.ForAll(File().ToArbitrary(), file =>
        {
            var result = PayrollText.Run(file.Text);

            Assert.Null(result.FileError);
            Assert.Equal(file.Records, result.Read);
            Assert.Equal(result.Read, result.Accepted + result.Rejected);
            Assert.Equal(file.BadLines, result.Rejections.Select(r => r.Line));
            Assert.All(result.Rejections, r => Assert.Matches(@"^L'enregistrement a \d+ champs, l'en-tête en a 8\.$", r.Reason));
        });
}
