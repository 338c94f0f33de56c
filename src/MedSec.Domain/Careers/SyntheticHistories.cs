using System.Globalization;
using MedSec.Domain.Codes;

namespace MedSec.Domain.Careers;

/// <summary>
/// Seeded generator of synthetic career histories (labelled synthetic wherever they are shown). Each person starts in a
/// role drawn from <see cref="SyntheticHistoryOptions.StartRoles"/> and, every year, makes at most one move of careers.csv:
/// a move is possible once its years in the role are reached, with its prior as yearly probability (halved late in the
/// career). Same catalog and options ⇒ same rows, on every machine (<see cref="Random"/> with a seed is stable).
/// </summary>
public static class SyntheticHistories
{
    public const string PersonPrefix = "S";

    public static IReadOnlyList<CareerHistoryRow> Generate(CareerCatalog catalog, SyntheticHistoryOptions options)
    {
        var random = new Random(options.Seed);
        var regions = CodeBook.RegionNames.Keys.Order(StringComparer.Ordinal).Select(c => new Region(c)).ToArray();
        var rows = new List<CareerHistoryRow>();
        for (var person = 1; person <= options.Persons; person++)
        {
            var id = PersonPrefix + person.ToString("D5", CultureInfo.InvariantCulture);
            var role = Pick(random, options.StartRoles);
            var specialty = Pick(random, options.Specialties);
            var region = regions[random.Next(regions.Length)];
            var experience = random.Next(options.MaxStartExperience + 1);
            var yearsInRole = experience;
            var date = new DateOnly(random.Next(options.FirstYearFrom, options.FirstYearTo + 1), 1, 1);
            var observed = random.Next(options.ObservedYearsFrom, options.ObservedYearsTo + 1);

            for (var year = 0; year <= observed; year++)
            {
                rows.Add(new CareerHistoryRow(id, date, role, SectorOf(role), region, specialty, experience));
                var move = NextMove(random, catalog, options, role, specialty, yearsInRole, experience);
                // A new role starts its count at 0 on the next line (as Transitions.FromHistories counts it); staying adds a year.
                yearsInRole = move is not null && move.To != role ? 0 : yearsInRole + 1;
                if (move is not null)
                {
                    role = move.To;
                    specialty = move.ToSpecialty ?? specialty;
                }
                experience++;
                date = date.AddYears(1);
            }
        }
        return rows;
    }

    /// <summary>The sector a role belongs to in the synthetic data: public grades, télésecrétariat, else private.</summary>
    public static Sector SectorOf(CareerRole role) =>
        CareerRoles.IsPublic(role) ? Sector.Public
        : role is CareerRole.Telesecretary or CareerRole.TelesecretaryFreelance ? Sector.Remote
        : Sector.Private;

    private static CareerMove? NextMove(
        Random random, CareerCatalog catalog, SyntheticHistoryOptions options,
        CareerRole role, Specialty specialty, int yearsInRole, int experience)
    {
        var factor = experience >= options.LateCareerYears ? options.LateCareerFactor : 1.0;
        var draw = random.NextDouble();
        var cumulative = 0.0;
        foreach (var move in catalog.MovesFrom(role))
        {
            if (yearsInRole < move.MinYearsInRole || move.ToSpecialty == specialty) continue;
            cumulative += move.AnnualProbability * factor;
            if (draw < cumulative) return move;
        }
        return null;
    }

    private static T Pick<T>(Random random, IReadOnlyList<(T Value, double Weight)> weighted)
    {
        var total = weighted.Sum(w => w.Weight);
        var draw = random.NextDouble() * total;
        foreach (var (value, weight) in weighted)
        {
            if (draw < weight) return value;
            draw -= weight;
        }
        return weighted[^1].Value;
    }
}
