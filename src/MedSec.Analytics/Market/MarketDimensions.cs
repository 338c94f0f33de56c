using MedSec.Data.Frames;
using MedSec.Domain;

namespace MedSec.Analytics.Market;

/// <summary>The names of the grouping dimensions in the API and the dashboard (the options' names).</summary>
public static class MarketDimensions
{
    private static readonly (FrameDimension Dimension, string Name)[] Names =
    [
        (FrameDimension.Sector, "sector"), (FrameDimension.Region, "region"), (FrameDimension.Employer, "employer"),
        (FrameDimension.Size, "size"), (FrameDimension.Specialty, "specialty"), (FrameDimension.Contract, "contract"),
        (FrameDimension.Grade, "grade"), (FrameDimension.Gender, "gender"), (FrameDimension.ExperienceBand, "experience"),
        (FrameDimension.Year, "year"),
    ];

    public static string Name(FrameDimension dimension) => Names.First(n => n.Dimension == dimension).Name;

    public static FrameDimension Parse(string name)
    {
        foreach (var (dimension, known) in Names)
            if (string.Equals(known, name.Trim(), StringComparison.OrdinalIgnoreCase)) return dimension;
        throw new MedSecInputException(
            $"Regroupement inconnu '{name.Trim()}' (valeurs valides : {string.Join(", ", Names.Select(n => n.Name))}).", InputErrorKind.UnknownCode);
    }
}
