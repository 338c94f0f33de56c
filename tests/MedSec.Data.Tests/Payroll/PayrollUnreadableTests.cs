using CsvHelper;
using MedSec.Data.Ingestion;

namespace MedSec.Data.Tests.Payroll;

/// <summary>
/// A file CsvHelper cannot read is refused with a French sentence, never CsvHelper's English message. Over in-memory input
/// with broken quoting recovered and any field count allowed, CsvHelper does not throw (its MaxRecordSize is not checked for
/// in-memory input), so the reasons are tested on an exception as CsvHelper would make it.
/// </summary>
public class PayrollUnreadableTests
{
    private const string English = "The record is larger than MaxRecordSize";

    [Fact]
    public void AnUnreadableHeaderIsSaidInFrenchWithItsLine()
    {
        var reason = CsvFailure.Header(new CsvFormatException(English, 1, 0), linesBeforeHeader: 1);

        Assert.Equal("En-tête illisible à la ligne 2 : sa mise en forme CSV (guillemets, séparateurs) ne peut pas être lue.", reason);
    }

    [Theory]
    [InlineData(0L, "Fichier illisible après l'en-tête : ")]
    [InlineData(4L, "Fichier illisible après l'enregistrement 4 : ")]
    public void AnUnreadableRecordIsSaidInFrenchAfterTheRecordsRead(long read, string start)
    {
        var reason = CsvFailure.Record(new CsvFormatException(English, read + 2, 120), 0, read);

        Assert.StartsWith(start, reason);
        Assert.DoesNotContain(English, reason);
        Assert.EndsWith("un enregistrement trop long ou mal formé ne peut pas être lu ; rien n'est importé.", reason);
    }
}
