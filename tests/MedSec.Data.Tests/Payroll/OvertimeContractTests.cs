using MedSec.Data.Payroll;

namespace MedSec.Data.Tests.Payroll;

/// <summary>
/// A contract beyond 35 h (39 h in many cabinets) is full time: its base is that of 151,67 h and the hours past 35 are
/// overtime paid on top (Code du travail L3121-28); up to the 48 h maximum (L3121-20). The tests' SMIC from 2026-06-01 is
/// 1 867,02 € a full-time month (<see cref="PayrollText.Smic"/>).
/// </summary>
public class OvertimeContractTests
{
    [Fact]
    public void ThirtyNineHoursIsFullTimeAndSaysTheBaseIsThatOf35Hours()
    {
        var result = PayrollText.Run("Matricule;Heures hebdo;Salaire de base\nE39;39;1900\n");

        var record = Assert.Single(result.Records);
        Assert.Equal(1m, record.Fte);
        var flag = Assert.Single(result.Flags);
        Assert.Equal((2L, "Heures hebdo"), (flag.Line, flag.Column));
        Assert.StartsWith("39 h par semaine : temps plein", flag.Reason);
    }

    [Fact]
    public void ThirtyNineHoursUnderTheFullTimeSmicIsFlaggedUnderIt()
    {
        // The base of 151,67 h is held against the full-time SMIC, 1 867,02 €: 1 867,01 € is a cent short.
        var flag = Assert.Single(PayrollText.Run("Matricule;Heures hebdo;Salaire de base\nE39;39;1867,01\n").Flags);

        Assert.Contains("sous le SMIC", flag.Reason);
        Assert.Contains("1867,02 €", flag.Reason);
    }

    [Theory]
    // Full time, by FTE or by hours: the base is the full-time figure, and the SMIC owed the full-time one, each said once
    // (the flag once read "1000,00 € … pour un temps plein (1000,00 € pour un temps plein)"). SMIC of the tests' day: 1 867,02 €.
    [InlineData("Matricule;ETP;Salaire de base\nE1;1;1000\n", "1000,00 € de salaire de base pour un temps plein, sous le SMIC en vigueur au 2026-11-22 (1867,02 €).")]
    [InlineData("Matricule;Heures hebdo;Salaire de base\nE1;39;1000\n", "1000,00 € de salaire de base pour 39 h par semaine, sous le SMIC en vigueur au 2026-11-22 (1867,02 €).")]
    public void AFullTimeBaseUnderTheSmicSaysEachFigureOnce(string csv, string reason)
    {
        var flag = Assert.Single(PayrollText.Run(csv).Flags);

        Assert.Equal(reason, flag.Reason);
    }

    [Theory]
    [InlineData("48", true)]
    [InlineData("48,5", false)]
    [InlineData("60", false)]
    public void HoursUpToTheLegalMaximumAreAccepted(string hours, bool accepted)
    {
        var result = PayrollText.Run($"Matricule;Heures hebdo;Salaire de base\nE1;{hours};2000\n");

        Assert.Equal(accepted ? 1 : 0, result.Records.Count);
        if (!accepted) Assert.Contains("durée maximale", Assert.Single(result.Rejections).Reason);
    }
}
