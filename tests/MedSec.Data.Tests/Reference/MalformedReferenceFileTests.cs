using MedSec.Data.Reference;

namespace MedSec.Data.Tests.Reference;

/// <summary>A broken table stops the load with an error that names the file, the line (header = 1) and the column.</summary>
public sealed class MalformedReferenceFileTests
{
    private const string SmicHeader = "valid_from,valid_to,hourly_eur,monthly_35h_eur,legal_text,status,source\n";

    [Fact]
    public void ANumberWithADecimalCommaNamesFileLineAndColumn()
    {
        var error = LoadWith("smic.csv", SmicHeader +
            "2020-01-01,2020-12-31,10.15,1539.42,Décret 2019-1387,sourced,openfisca\n" +
            "2021-01-01,2021-09-30,10.25,1554.58,Décret 2020-1598,sourced,openfisca\n" +
            "2021-10-01,,\"12,0x\",1589.47,Arrêté du 27/09/2021,sourced,openfisca\n");

        Assert.Equal("smic.csv line 4, column hourly_eur: '12,0x' is not a number", error.Message);
        Assert.Equal(("smic.csv", 4L, "hourly_eur"), (error.FileName, error.Line, error.Column));
    }

    [Fact]
    public void LinesCountTheLineBreaksInsideQuotedFields()
    {
        var error = LoadWith("smic.csv", SmicHeader +
            "2020-01-01,2020-12-31,10.15,1539.42,\"Décret 2019-1387\ndu 18/12/2019\",sourced,openfisca\n" +
            "2021-01-01,2021-09-30,10.25,1554.58,Décret 2020-1598,sourced,openfisca\n" +
            "2021/10/01,,10.48,1589.47,Arrêté du 27/09/2021,sourced,openfisca\n");

        Assert.Equal(("smic.csv", 5L, "valid_from"), (error.FileName, error.Line, error.Column));
        Assert.Contains("'2021/10/01' is not an ISO date", error.Message);
    }

    [Fact]
    public void AnUnknownGradeCodeIsRejected()
    {
        var error = LoadWith("fph_grids.csv",
            "grade_code,grade_label,category,echelon,indice_brut,indice_majore,duration_months,valid_from,valid_to,status,note,source\n" +
            "AMA-CN,Assistant médico-administratif de classe normale,B,1,389,373,12,2024-01-01,,sourced,,décret 2022-1207\n" +
            "AMA-XX,Assistant médico-administratif,B,2,395,374,12,2024-01-01,,sourced,,décret 2022-1207\n");

        Assert.Equal(("fph_grids.csv", 3L, "grade_code"), (error.FileName, error.Line, error.Column));
        Assert.Contains("'AMA-XX'", error.Message);
    }

    [Fact]
    public void AMissingColumnIsReportedOnTheHeaderLine()
    {
        var error = LoadWith("point_indice.csv",
            "valid_from,valid_to,legal_text,status,source\n" +
            "2023-07-01,,Décret n° 2023-519,sourced,openfisca\n");

        Assert.Equal(("point_indice.csv", 1L, "annual_value_eur"), (error.FileName, error.Line, error.Column));
        Assert.StartsWith("point_indice.csv line 1, column annual_value_eur:", error.Message);
    }

    [Fact]
    public void AValidToBeforeValidFromIsRejected()
    {
        var error = LoadWith("pss.csv",
            "valid_from,valid_to,monthly_eur,status,source\n" +
            "2025-01-01,2024-12-31,3925,sourced,modele-social\n");

        Assert.Equal(("pss.csv", 2L, "valid_to"), (error.FileName, error.Line, error.Column));
    }

    [Fact]
    public void AnUnknownStatusIsRejected()
    {
        var error = LoadWith("contribution_rates.csv",
            "regime,item,rate,base,valid_from,valid_to,status,source\n" +
            "private,crds,0.0050,csg-base,1996-02-01,,guessed,openfisca\n");

        Assert.Equal(("contribution_rates.csv", 2L, "status"), (error.FileName, error.Line, error.Column));
    }

    [Fact]
    public void AnEmptySourceIsRejected()
    {
        var error = LoadWith("pss.csv",
            "valid_from,valid_to,monthly_eur,status,source\n" +
            "2025-01-01,2025-12-31,3925,sourced,modele-social\n" +
            "2026-01-01,,4005,sourced,\n");

        Assert.Equal(("pss.csv", 3L, "source"), (error.FileName, error.Line, error.Column));
    }

    [Fact]
    public void ARecordWithMissingFieldsNamesFileAndLine()
    {
        var error = LoadWith("pss.csv",
            "valid_from,valid_to,monthly_eur,status,source\n" +
            "2025-01-01,2025-12-31,3925,sourced,modele-social\n" +
            "2026-01-01,,4005\n");

        Assert.Equal(("pss.csv", 3L), (error.FileName, error.Line));
        Assert.StartsWith("pss.csv", error.Message);
        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        using var dir = new TempReferenceDirectory();
        dir.Delete("agreement_minima.csv");

        var error = Assert.Throws<ReferenceDataException>(() => ReferenceDataLoader.Load(dir.Reference));

        Assert.Equal("agreement_minima.csv", error.FileName);
        Assert.Contains(dir.Reference, error.Message);
    }

    private static ReferenceDataException LoadWith(string fileName, string content)
    {
        using var dir = new TempReferenceDirectory();
        dir.Write(fileName, content);
        return Assert.Throws<ReferenceDataException>(() => ReferenceDataLoader.Load(dir.Reference));
    }
}
