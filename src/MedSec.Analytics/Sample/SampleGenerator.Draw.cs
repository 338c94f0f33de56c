using MedSec.Domain.Codes;

namespace MedSec.Analytics.Sample;

public sealed partial class SampleGenerator
{
    private SampleRow Draw(SampleRandom random)
    {
        var from = _dateFrom ??= parameters.Date("date_from");
        var days = parameters.Date("date_to").DayNumber - from.DayNumber;
        var row = new SampleRow
        {
            Sector = Code(CodeBook.Sectors, random.Pick(Weights("sector_weight"))),
            Date = from.AddDays(random.Next(days + 1)),
            Region = new Region(random.Pick(Weights("region_weight"))),
            Band = ExperienceBand.Parse(random.Pick(Weights("experience_band_weight"))),
        };
        row.Years = row.Band.From + random.Next(row.Band.To - row.Band.From + 1);

        switch (row.Sector)
        {
            case Sector.Public:
                // Only the grades one can hold after this many years (a grade needs years of service before it).
                var grades = Weights("public_grade_weight").Where(g => Effect("public_grade_years_before", g.Key) <= row.Years).ToList();
                row.Grade = Code(CodeBook.Grades, random.Pick(grades));
                row.YearsInGrade = row.Years - (int)Effect("public_grade_years_before", CodeBook.Grades.ToCode(row.Grade));
                var zones = parameters.HasParameter($"public_zone_{row.Region.Code}") ? $"public_zone_{row.Region.Code}" : "public_zone_*";
                row.Zone = Code(CodeBook.Zones, random.Pick(Weights(zones)));
                row.Employer = EmployerType.Hopital;
                row.Specialty = Code(CodeBook.Specialties, random.Pick(Weights("specialty_establishment")));
                row.Contract = ContractType.Cdi;
                row.Hours = 35m;
                break;
            case Sector.Private:
                row.Employer = Code(CodeBook.Employers, random.Pick(Weights("private_employer_weight")));
                var cabinet = row.Employer == EmployerType.Cabinet;
                row.Specialty = Code(CodeBook.Specialties, random.Pick(Weights(cabinet ? "specialty_cabinet" : "specialty_establishment")));
                row.Hours = Hours(random.Pick(Weights(cabinet ? "hours_cabinet" : "hours_other_private")));
                row.Contract = Code(CodeBook.Contracts, random.Pick(Weights("contract_private")));
                row.Hourly = random.NextDouble() < (double)Effect("hourly_share", "private");
                row.Score = Score(row) + (double)Effect("score_noise_sd", "") * random.Normal();
                break;
            default:
                row.Employer = EmployerType.Telesecretariat;
                row.Specialty = Code(CodeBook.Specialties, random.Pick(Weights("specialty_remote")));
                row.Hours = Hours(random.Pick(Weights("hours_remote")));
                row.Contract = Code(CodeBook.Contracts, random.Pick(Weights("contract_private")));
                row.Hourly = random.NextDouble() < (double)Effect("hourly_share", "remote");
                row.Score = random.Normal();
                break;
        }
        row.Size = Code(CodeBook.Sizes, random.Pick(Weights($"size_{CodeBook.Employers.ToCode(row.Employer)}")));
        return row;
    }

    /// <summary>The ordering score of a private row: the sum of its effects (log points), before noise.</summary>
    private double Score(SampleRow row)
    {
        var score = Effect("score_experience", row.Band.Key) + Effect("score_region", row.Region.Code)
            + Effect("score_employer", CodeBook.Employers.ToCode(row.Employer)) + Effect("score_specialty", CodeBook.Specialties.ToCode(row.Specialty));
        return (double)score;
    }

    private decimal Effect(string name, string key)
    {
        if (_effects.TryGetValue((name, key), out var value)) return value;
        value = parameters.Has(name, key) ? parameters.Decimal(name, key) : 0m;
        _effects[(name, key)] = value;
        return value;
    }

    /// <summary>A weighted parameter, read once.</summary>
    private IReadOnlyList<(string Key, decimal Weight)> Weights(string name)
    {
        if (!_weights.TryGetValue(name, out var weights)) _weights[name] = weights = parameters.Weights(name);
        return weights;
    }

    private static decimal Hours(string key) => decimal.Parse(key, System.Globalization.CultureInfo.InvariantCulture);

    private static T Code<T>(CodeMap<T> map, string code) where T : struct, Enum =>
        map.TryParse(code, out var value) ? value : throw new FormatException($"'{code}' is not a {typeof(T).Name} code");
}
