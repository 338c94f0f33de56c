using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;

namespace MedSec.Domain.Grids;

/// <summary>
/// The levels of each collective agreement that medical secretaries hold, offered as the levels of a designed grid
/// (RESEARCH.md §2): which levels are for the job is classification knowledge, not an amount; the amounts come from
/// agreement_minima.csv. Each agreement lists classifications newest first; the first whose every level has a minimum
/// in force at the date is used.
/// </summary>
public static class SecretaryPositions
{
    /// <summary>IDCC 2264's "Secrétaire médicale" since avenant n° 33 (in force 2024-01-01, not extended): niveau 6.</summary>
    public const string Idcc2264Secretary = "N6";

    private static readonly Dictionary<Agreement, AgreementPosition[][]> Classifications = new()
    {
        // Avenant n° 81 (2021), annex: the employer sets the secrétaire médicale's positionnement between 5 and 9.
        [Agreement.Idcc1147] =
        [[
            new("5", "Positionnement 5"), new("6", "Positionnement 6"), new("7", "Positionnement 7"),
            new("8", "Positionnement 8"), new("9", "Positionnement 9"),
        ]],
        // Avenant n° 33 (2023), in force 2024-01-01: "Secrétaire médicale" = niveau 6. Before it, the 2002 transposition
        // tables: EQ b coefficient 188, qualified (3 years) EHQ a coefficient 193.
        [Agreement.Idcc2264] =
        [
            [new(Idcc2264Secretary, "Niveau 6 (secrétaire médicale)")],
            [new("188", "Coefficient 188 (EQ b)"), new("193", "Coefficient 193 (EHQ a)")],
        ],
        // CCN 51: regroupement "Assistant des activités de santé", coefficient de référence 376.
        [Agreement.Idcc29] = [[new("376", "Coefficient 376 (assistant des activités de santé)")]],
        // SIST annexe I: télésecrétaire 140, confirmée 150, bureautique 160, superviseur 170 (120 = training ≤ 6 months).
        [Agreement.Idcc2098] =
        [[
            new("140", "Coefficient 140 (télésecrétaire)"), new("150", "Coefficient 150 (télésecrétaire confirmée)"),
            new("160", "Coefficient 160 (télésecrétaire bureautique)"), new("170", "Coefficient 170 (superviseur)"),
        ]],
    };

    /// <summary>The secretary levels of <paramref name="agreement"/> in force at <paramref name="date"/>, lowest first.</summary>
    public static IReadOnlyList<AgreementPosition> At(ReferenceData data, Agreement agreement, DateOnly date)
    {
        foreach (var classification in Classifications[agreement])
            if (classification.All(p => HasMinimum(data, agreement, p.Level, date))) return classification;
        throw GridErrors.NoPositions(agreement, date);
    }

    /// <summary>
    /// Which agreement position each of <paramref name="levels"/> grid levels takes: all of them when the counts match,
    /// else spread evenly from the lowest to the highest (a level may share a position with its neighbour).
    /// </summary>
    public static IReadOnlyList<AgreementPosition> Spread(IReadOnlyList<AgreementPosition> positions, int levels)
    {
        if (levels < 1) throw GridErrors.LevelsOutOfRange(levels);
        if (levels == 1) return [positions[0]];
        return [.. Enumerable.Range(0, levels).Select(i =>
            positions[(int)Math.Round(i * (positions.Count - 1) / (decimal)(levels - 1), MidpointRounding.AwayFromZero)])];
    }

    private static bool HasMinimum(ReferenceData data, Agreement agreement, string level, DateOnly date) =>
        Validity.InForce(
            data.AgreementMinima.Where(m => m.Agreement == agreement && string.Equals(m.Level, level, StringComparison.OrdinalIgnoreCase)),
            date, m => m.ValidFrom, m => m.ValidTo) is not null;
}
