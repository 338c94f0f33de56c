using System.Text;
using MedSec.Data.Payroll;

namespace MedSec.Data.Tests.Payroll;

/// <summary>Small payroll files written as French offices write them.</summary>
public static class PayrollText
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    private static readonly MedSec.Domain.Reference.ReferenceData Reference =
        MedSec.Data.Reference.ReferenceDataLoader.Load(MedSec.Data.Tests.Reference.TestPaths.BundledReference);

    /// <summary>
    /// The pay rules' SMIC for the hours (SmicRules.ForWeeklyHours, the bundled SMIC): 1 823,03 € a full-time month
    /// (2026-01-01 → 2026-05-31), 1 867,02 € from 2026-06-01.
    /// </summary>
    public static decimal? Smic(decimal weeklyHours, DateOnly date) =>
        MedSec.Domain.Pay.SmicRules.ForWeeklyHours(Reference, MedSec.Domain.Pay.SmicRules.At(Reference, date, MedSec.Domain.Pay.SmicTerritory.Metropole), weeklyHours, date);

    public static readonly PayrollPipelineOptions Options = new(Today, Smic);

    public const string FrenchHeader = "Matricule;Sexe;Intitulé du poste;Niveau;Date d'entrée;ETP;Salaire de base brut;Primes annuelles";

    public static PayrollIngestResult Run(string text, Encoding? encoding = null) =>
        PayrollPipeline.Run("paie.csv", (encoding ?? Encoding.UTF8).GetBytes(text), Options);
}
