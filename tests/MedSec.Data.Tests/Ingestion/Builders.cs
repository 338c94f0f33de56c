using System.Text;
using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Data.Tests.Ingestion;

/// <summary>A valid observation with every optional value set, changed with <c>with</c>.</summary>
public static class ObservationBuilder
{
    public static Observation Valid() => new(
        Date: new DateOnly(2025, 3, 15), Source: "survey", Sector: Sector.Private, Employer: EmployerType.Cabinet,
        Size: SizeBand.From1To9, Region: new Region("84"), Departement: "69", ExperienceYears: 4m, Specialty: Specialty.Cardiology,
        JobTitle: "Secrétaire médicale", Grade: null, Echelon: null, Contract: ContractType.Cdi, WeeklyHours: 35m,
        PayAmount: 2150m, PayBasis: PayBasis.Monthly, MonthsPaid: 12m, PayKind: PayKind.Gross, Gender: Gender.Female, Synthetic: false);
}

/// <summary>Writes a small CSV: a header and rows of raw fields, with a chosen separator and line break.</summary>
public sealed class CsvTextBuilder(string header, char separator = ';', string newLine = "\n")
{
    private readonly StringBuilder _text = new(header.Replace(';', separator) + newLine);

    public static CsvTextBuilder French(char separator = ';', string newLine = "\n") => new(
        "Date;Secteur;Région;Salaire;Base;Brut/Net;Heures hebdo;Contrat", separator, newLine);

    public CsvTextBuilder Row(string row)
    {
        _text.Append(row.Replace(';', separator)).Append(newLine);
        return this;
    }

    public string Text => _text.ToString();

    public byte[] Utf8 => Encoding.UTF8.GetBytes(Text);

    public ObservationIngestResult Run(ObservationPipelineOptions? options = null) =>
        ObservationPipeline.Run("test.csv", Utf8, FakePayLookups.Instance, options ?? Options());

    public static ObservationPipelineOptions Options(decimal? referenceP90 = null) =>
        new(new ObservationReaderOptions(Today: new DateOnly(2026, 11, 22)), referenceP90);
}

public static class Fixture
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Ingestion", "Fixtures", name));

    public static ObservationIngestResult Run(string name) =>
        ObservationPipeline.Run(name, Bytes(name), FakePayLookups.Instance, CsvTextBuilder.Options());
}
