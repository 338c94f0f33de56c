using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>
/// The observations a model learns from (absurd-flagged ones left out, as in every market aggregate), in a fixed order,
/// with their hash and their seeded split into train, calibration and test rows.
/// </summary>
public sealed class TrainingSet
{
    private TrainingSet(IReadOnlyList<ModelRow> rows)
    {
        Rows = rows;
        Hash = HashOf(rows);
    }

    public IReadOnlyList<ModelRow> Rows { get; }

    /// <summary>SHA-256 (lower-case hex) of the rows' features, monthly gross and dates, in order.</summary>
    public string Hash { get; }

    public int Count => Rows.Count;

    public static TrainingSet From(IEnumerable<NormalisedObservation> observations) =>
        new([.. observations.Where(o => (o.Flags & ObservationFlags.Absurd) == 0).Select(ModelRow.From)]);

    public static TrainingSet From(IReadOnlyList<ModelRow> rows) => new(rows);

    /// <summary>
    /// Shuffles the row indices with <see cref="TrainingOptions.Seed"/> and cuts them into train, calibration and test
    /// parts by <see cref="TrainingOptions.TrainShare"/> and <see cref="TrainingOptions.CalibrationShare"/>.
    /// </summary>
    public DataSplit Split(TrainingOptions options)
    {
        var order = Enumerable.Range(0, Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var train = (int)Math.Round(Count * options.TrainShare);
        var calibration = (int)Math.Round(Count * options.CalibrationShare);
        return new DataSplit(order[..train], order[train..(train + calibration)], order[(train + calibration)..]);
    }

    private static string HashOf(IReadOnlyList<ModelRow> rows)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        foreach (var r in rows)
        {
            line.Clear();
            line.Append(CultureInfo.InvariantCulture,
                $"{r.Date:yyyy-MM-dd}|{CodeBook.Sectors.ToCode(r.Sector)}|{r.Employer}|{r.Size}|{r.Region.Code}|{r.ExperienceYears}|{r.Specialty}|{r.Contract}|{r.MonthlyGross}|{r.Synthetic}\n");
            sha.AppendData(Encoding.UTF8.GetBytes(line.ToString()));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
