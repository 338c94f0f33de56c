using System.Globalization;
using MedSec.Analytics.Pay;
using MedSec.Data.Ingestion;
using MedSec.Data.Sample;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Sample;

/// <summary>
/// The seeded generator of the bundled market sample (data/sample/observations.csv): every row synthetic, every parameter
/// read from data/sample/generator_parameters.csv (each with its source) and the published figures of
/// data/reference/market_figures.csv.
/// <list type="bullet">
/// <item>Public rows are computed by the pay service: grade, échelon reached after the years in the grade (PublicCareer),
/// residence zone, CTI and the usual allowances, at the row's date. Nothing is drawn from a pay range.</item>
/// <item>Private rows get a score (experience, Île-de-France, employer, specialty, noise) that only orders them; the k-th
/// of m rows then gets the target quantile at k / (m − 1): PCS 542A 2023 net FTE percentiles converted to gross by the pay
/// service, interpolated linearly. No row is left below its legal floor (the SMIC of its région, or the agreement minimum
/// of its level).</item>
/// <item>Remote rows follow the trade range from beginner to experienced, floored by IDCC 2098.</item>
/// <item>Part-time rows carry their hours and the amount actually paid for them.</item>
/// </list>
/// </summary>
public sealed partial class SampleGenerator(IPayService pay, SampleParameters parameters, MarketFigures figures)
{
    private readonly Dictionary<(Agreement, string, DateOnly, SmicTerritory), decimal> _floors = [];
    private readonly Dictionary<(GradeCode, int), int> _echelons = [];
    private readonly Dictionary<(GradeCode, int, DateOnly, ResidenceZone), decimal> _publicPay = [];
    private readonly Dictionary<string, IReadOnlyList<(string Key, decimal Weight)>> _weights = [];
    private readonly Dictionary<(string, string), decimal> _effects = [];
    private readonly Dictionary<(EmployerType, string), (Agreement Agreement, string Level)> _levels = [];
    private IReadOnlyList<ExperienceBand>? _bands;
    private DateOnly? _dateFrom;

    public SampleParameters Parameters => parameters;

    public int Seed => parameters.Int("seed");

    /// <summary>The private calibration targets: P10…P90 net (published) and gross (pay service at target_conversion_date).</summary>
    public IReadOnlyList<SampleTarget> PrivateTargets()
    {
        var date = parameters.Date("target_conversion_date");
        return [.. parameters.ByKey("private_target").Select(p =>
        {
            var id = p.Value;
            var net = figures[id].Value;
            return new SampleTarget(Probability(p.Key), id, net, pay.GrossFromNet(net, Sector.Private, date));
        })];
    }

    /// <summary>The sample's observations, in file order.</summary>
    public IReadOnlyList<Observation> Generate() => Generate(Seed, parameters.Int("rows"));

    /// <summary>The observations of another seed or size (tests, experiments); the bundled file uses the parameters' own.</summary>
    public IReadOnlyList<Observation> Generate(int seed, int rows)
    {
        var random = new SampleRandom(seed);
        var drawn = new SampleRow[rows];
        for (var i = 0; i < rows; i++) drawn[i] = Draw(random);
        PayPrivate(drawn);
        var source = parameters.Text("source_label");
        return [.. drawn.Select(r => ToObservation(r, source))];
    }

    /// <summary>The sample as the canonical observation CSV (UTF-8, <c>,</c>, LF), exactly as data/sample/observations.csv holds it.</summary>
    public byte[] GenerateCsv()
    {
        using var stream = new MemoryStream();
        ObservationCsvWriter.Write(stream, Generate());
        return stream.ToArray();
    }

    /// <summary>
    /// The legal floor of a private or remote row at 35 h: max(SMIC of its région, agreement minimum of its level); the
    /// SMIC is Mayotte's own for a row there (<see cref="SmicTerritories.Of"/>).
    /// </summary>
    public decimal FloorOf(EmployerType employer, decimal experienceYears, DateOnly date, Region region)
    {
        var band = ExperienceBand.Of(Bands(), experienceYears);
        if (!_levels.TryGetValue((employer, band.Key), out var level))
        {
            var agreementCode = parameters.Text("employer_agreement", CodeBook.Employers.ToCode(employer));
            if (!CodeBook.Agreements.TryParse(agreementCode, out var parsed))
                throw new FormatException($"{SampleParameters.FileName}: '{agreementCode}' is not an agreement code");
            _levels[(employer, band.Key)] = level = (parsed, parameters.Text($"level_{agreementCode}", band.Key));
        }
        var (agreement, code) = level;
        var territory = SmicTerritories.Of(region);
        if (_floors.TryGetValue((agreement, code, date, territory), out var floor)) return floor;
        floor = pay.Floor(new FloorQuery(agreement, code, date, Region: region)).Floor;
        _floors[(agreement, code, date, territory)] = floor;
        return floor;
    }

    /// <summary>The échelon reached after <paramref name="yearsInGrade"/> years from échelon 1, by the grid's durations.</summary>
    public int EchelonAfter(GradeCode grade, int yearsInGrade)
    {
        if (yearsInGrade < 1) return 1;
        if (_echelons.TryGetValue((grade, yearsInGrade), out var echelon)) return echelon;
        var career = pay.PublicCareer(new PublicCareerQuery(grade, _dateFrom ??= parameters.Date("date_from"), yearsInGrade));
        echelon = career.Steps[^1].Echelon;
        _echelons[(grade, yearsInGrade)] = echelon;
        return echelon;
    }

    public IReadOnlyList<ExperienceBand> Bands() =>
        _bands ??= [.. parameters.Weights("experience_band_weight").Select(b => ExperienceBand.Parse(b.Key))];

    private static decimal Probability(string key) =>
        key is ['p', .. var digits] && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100
            ? n / 100m
            : throw new FormatException($"'{key}' is not a percentile key (p10 … p90)");
}
