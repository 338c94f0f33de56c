using System.Text;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>
/// <see cref="ObservationReaderOptions.MaxRecordBytes"/> was passed to CsvHelper, which does not enforce it: a record of any
/// size was read and stored. A longer record is now rejected with its line, the column of its longest field and why; the
/// records after it are still read.
/// </summary>
public class RecordLimitTests
{
    private const string Header = "Date;Secteur;Région;Salaire;Intitulé du poste\n";
    private const string Valid = "2025-03-01;Privé;84;2000;Secrétaire\n";

    private static ObservationIngestResult Run(string text, int limit, int degree = 1) =>
        ObservationPipeline.Run("long.csv", Encoding.UTF8.GetBytes(text), FakePayLookups.Instance,
            new ObservationPipelineOptions(new ObservationReaderOptions(Today: new DateOnly(2026, 11, 22), MaxRecordBytes: limit),
                MaxDegreeOfParallelism: degree));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ARecordOverTheLimitIsRejectedAndTheRestIsRead(bool quoted)
    {
        var title = new string('x', 1000);
        var field = quoted ? $"\"{title}\"" : title;
        // 26 bytes before the title ("2025-03-01;Privé;84;2000;", é is two bytes in UTF-8), then 1000 x, and 2 quotes when quoted.
        var length = quoted ? "1 028" : "1 026";

        var result = Run(Header + Valid + $"2025-03-01;Privé;84;2000;{field}\n" + Valid, limit: 256);

        Assert.Null(result.FileError);
        Assert.Equal(3, result.Read);
        Assert.Equal(2, result.Accepted);
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal(3, rejection.Line);
        Assert.Equal("Intitulé du poste", rejection.Column);
        Assert.Equal($"Enregistrement trop long : {length} octets pour une limite de 256 ; ce champ en a 1 000.", rejection.Reason);
    }

    /// <summary>A large input is read by several threads in parts; the limit holds there too.</summary>
    [Fact]
    public void TheLimitHoldsInAPartReadByAnotherThread()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 40_000; i++) text.Append(Valid);
        text.Append("2025-03-01;Privé;84;2000;").Append('x', 1000).Append('\n');
        for (var i = 0; i < 40_000; i++) text.Append(Valid);

        var result = Run(text.ToString(), limit: 256, degree: 2);

        Assert.Equal(80_001, result.Read);
        Assert.Equal(80_000, result.Accepted);
        Assert.Equal(40_002, Assert.Single(result.Rejections).Line);
    }

    [Fact]
    public void ARecordAtTheLimitIsRead()
    {
        // 26 + 230 = 256 bytes.
        var result = Run(Header + $"2025-03-01;Privé;84;2000;{new string('x', 230)}\n", limit: 256);
        Assert.Equal(1, result.Accepted);
    }
}
