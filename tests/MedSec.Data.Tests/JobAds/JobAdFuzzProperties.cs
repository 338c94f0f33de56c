using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Data.Ingestion;
using MedSec.Data.JobAds;
using MedSec.Data.Payroll;
using MedSec.Data.Tests.Ingestion;
using MedSec.Data.Tests.Payroll;

namespace MedSec.Data.Tests.JobAds;

/// <summary>Whatever the bytes, the job-ad and payroll pipelines answer (a file error or the full accounting), never throw. Fixed seeds.</summary>
public class JobAdFuzzProperties
{
    private static readonly string[] Pieces =
    [
        "{", "}", "[", "]", "\"", ":", ",", "|", ";", "\n", "\r\n", " ", "\"resultats\"", "\"salaire\"", "\"libelle\"",
        "\"Mensuel de 1600.0 Euros à 1800.0 Euros sur 12.0 mois\"", "\"Horaire de 15.0 Euros sur 0.0 mois\"", "\"romeCode\"", "\"M1609\"",
        "\"dateCreation\"", "\"2025-05-15T11:12:17.043Z\"", "\"codePostal\"", "\"20090\"", "\"lieuTravail\"", "null", "true", "12.5", "é", "\0",
    ];

    private static void Survives(byte[] bytes)
    {
        var result = JobAdPipeline.Run("fuzz", bytes, FakePayLookups.Instance, JobAdFixture.Geography, new JobAdPipelineOptions(Today: JobAdFixture.Today));
        if (result.IsFileRejected) Assert.Equal(0, result.Accepted);
        else Assert.Equal(result.Read, result.Accepted + result.Rejected);
        var payroll = PayrollPipeline.Run("fuzz", bytes, PayrollText.Options);
        if (!payroll.IsFileRejected) Assert.Equal(payroll.Read, payroll.Accepted + payroll.Rejected);
    }

    [Property(MaxTest = 300, Replay = "(20261122,11)")]
    public Property ArbitraryBytesNeverThrow() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).ToArbitrary(), bytes => Survives(bytes));

    [Property(MaxTest = 300, Replay = "(1609,13)")]
    public Property JsonLikeBytesNeverThrow() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => Encoding.UTF8.GetBytes(string.Concat(p))).ToArbitrary(), bytes => Survives(bytes));

    [Property(MaxTest = 200, Replay = "(7,17)")]
    public Property ExportLikeBytesAfterTheHeaderNeverThrow() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => Encoding.UTF8.GetBytes(
            "id|romeCode|dateCreation|lieuTravail.codePostal|salaire.libelle|dureeTravailLibelle\n" + string.Concat(p))).ToArbitrary(),
            bytes => Survives(bytes));

    /// <summary>Pieces of the texts whose numbers are read: ASCII digits, digits of other scripts, huge numbers, the words around them.</summary>
    private static readonly string[] NumberPieces =
    [
        "Mensuel de ", "Annuel de ", "Horaire de ", " Euros", " à ", " sur ", " mois", " Mois", " An(s)", "H", "H30 Autre", "temps partiel - ",
        "0", "1", "12", "35", "1900", "1900.0", "0.0", ",", ".", " ", "-", "１９００", "٣", "৫", "𝟗", "99999999999999999999999999999",
        "79228162514264337593543950335", "0.00000000000000000000000000001", "é", "\u00A0", "\"", "|", "\n",
    ];

    private static Gen<string> NumberText() =>
        Gen.Frequency(
            (4, Gen.ArrayOf(Gen.Elements(NumberPieces)).Select(string.Concat)),
            (1, Gen.ArrayOf(Gen.Choose(0, 0xD7FF).Select(c => (char)c)).Select(c => new string(c))));

    [Property(MaxTest = 400, Replay = "(1609,2025)")]
    public Property AnyTextInTheFieldsWhoseNumbersAreReadEndsAcceptedOrRejected() =>
        Prop.ForAll(Arb.From(
            from salary in NumberText()
            from experience in NumberText()
            from hours in NumberText()
            from place in NumberText()
            select (salary, experience, hours, place)), t =>
        {
            var offer = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["id"] = "F1", ["romeCode"] = "M1609", ["dateCreation"] = "2025-05-15T11:12:17.043Z",
                ["lieuTravail"] = new Dictionary<string, string> { ["codePostal"] = "07500", ["libelle"] = t.place },
                ["salaire"] = new Dictionary<string, string> { ["libelle"] = t.salary },
                ["experienceLibelle"] = t.experience, ["dureeTravailLibelle"] = t.hours,
            });
            var result = JobAdFixture.Run("fuzz.jsonl", Encoding.UTF8.GetBytes(offer + "\n" + offer + "\n"));
            Assert.Null(result.FileError);
            Assert.Equal(2, result.Read);
            Assert.Equal(result.Read, result.Accepted + result.Rejected);
            Assert.All(result.Rejections, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        });
}
