using Microsoft.ML.Data;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Careers;

/// <summary>
/// The sparse feature vector of the ML.NET transition model, built from careers.csv: the role (one-hot); for each move of
/// the catalog, whether the profile may make it (it holds the move's role, for at least its years, and is not already in
/// the specialty it leads to); a late-career flag (25 years and more) and the experience scaled to [0, 1].
/// The région is left out on purpose: at 18 codes × every target it adds hundreds of weights for an effect no source
/// describes, and it made the held-out log-loss worse.
/// </summary>
public sealed class TransitionFeatures
{
    private const float MaxExperience = 50f;
    private const int LateCareerYears = 25;

    private static readonly CareerRole[] Roles = Enum.GetValues<CareerRole>();
    private readonly CareerMove[] _moves;

    public TransitionFeatures(CareerCatalog catalog)
    {
        _moves = [.. catalog.Moves];
        Count = Roles.Length + _moves.Length + 2;
    }

    public int Count { get; }

    public VBuffer<float> Of(TransitionProfile p)
    {
        var indices = new List<int> { Array.IndexOf(Roles, p.Role) };
        var values = new List<float> { 1f };
        for (var i = 0; i < _moves.Length; i++)
        {
            var move = _moves[i];
            if (move.From != p.Role || p.YearsInRole < move.MinYearsInRole || move.ToSpecialty == p.Specialty) continue;
            indices.Add(Roles.Length + i);
            values.Add(1f);
        }
        var experience = Roles.Length + _moves.Length;
        indices.Add(experience);
        values.Add(Math.Min(p.ExperienceYears, MaxExperience) / MaxExperience);
        if (p.ExperienceYears >= LateCareerYears)
        {
            indices.Add(experience + 1);
            values.Add(1f);
        }
        return new VBuffer<float>(Count, indices.Count, [.. values], [.. indices]);
    }
}
