using MedSec.Analytics.Estimation;
using MedSec.Domain.Codes;

namespace MedSec.Analytics.Tests.Estimation;

/// <summary>
/// A value the user asks for that no observation of the sector has is answered by extrapolation, and the estimate says
/// so, whatever the option: employer, size, specialty or contract. Only the employer was said: a freelance (no
/// observation in the sample), a public CDD (public rows are all CDI) or a 1-9 télésecrétariat came without a word, with
/// "Indépendant : −3 €" in the explanation as if it had been measured. Which values are unseen is recounted from the rows.
/// </summary>
[Collection(BundledModelCollection.Name)]
public sealed class UnseenValueWarningTests(BundledModelFixture fixture)
{
    public static TheoryData<string, string, string> Unseen() => new()
    {
        { "private", "contract", "freelance" },
        { "public", "contract", "cdd" },
        { "remote", "size", "1-9" },
        { "private", "employer", "hopital" },
    };

    [Theory]
    [MemberData(nameof(Unseen))]
    public void AnUnseenValueIsSaidToBeExtrapolated(string sector, string option, string code)
    {
        var profile = Profile(sector, option, code);
        Assert.DoesNotContain(fixture.Set.Rows, r => r.Sector == profile.Sector && Value(r, option) == code);

        var warnings = fixture.Estimator.Estimate(profile).Warnings;

        var what = option switch
        {
            "contract" => "du contrat",
            "size" => "de la taille d'employeur",
            "specialty" => "de la spécialité",
            _ => "de l'employeur",
        };
        Assert.Contains(warnings, w => w.StartsWith($"Aucune observation {what} « ", StringComparison.Ordinal)
            && w.EndsWith(" : estimation par extrapolation.", StringComparison.Ordinal));
    }

    [Fact]
    public void TheWarningIsGivenExactlyForTheValuesNoObservationOfTheSectorHas()
    {
        foreach (var sector in CodeBook.Sectors.AllCodes)
        {
            foreach (var (option, codes) in Options)
            {
                foreach (var code in codes)
                {
                    var profile = Profile(sector, option, code);
                    var seen = fixture.Set.Rows.Any(r => r.Sector == profile.Sector && Value(r, option) == code);
                    var said = fixture.Estimator.Estimate(profile, explain: false).Warnings
                        .Any(w => w.StartsWith("Aucune observation ", StringComparison.Ordinal) && w.EndsWith("extrapolation.", StringComparison.Ordinal));
                    Assert.True(seen != said, $"{sector}, {option} = {code}: observed {seen}, warned {said}");
                }
            }
        }
    }

    private static readonly (string Option, IReadOnlyList<string> Codes)[] Options =
    [
        ("employer", CodeBook.Employers.AllCodes), ("size", CodeBook.Sizes.AllCodes),
        ("specialty", CodeBook.Specialties.AllCodes), ("contract", CodeBook.Contracts.AllCodes),
    ];

    /// <summary>A profile asking one option, the others left to be filled in (filled-in values are always observed ones).</summary>
    private static PayProfile Profile(string sector, string option, string code) =>
        EstimateRequestParser.Profile(sector, "84", "6",
            specialty: option == "specialty" ? code : null, employer: option == "employer" ? code : null,
            size: option == "size" ? code : null, contract: option == "contract" ? code : null, date: "2023-10-01");

    private static string? Value(MedSec.Analytics.Estimation.Model.ModelRow r, string option) => option switch
    {
        "employer" => r.Employer is { } e ? CodeBook.Employers.ToCode(e) : null,
        "size" => r.Size is { } s ? CodeBook.Sizes.ToCode(s) : null,
        "specialty" => r.Specialty is { } p ? CodeBook.Specialties.ToCode(p) : null,
        _ => r.Contract is { } c ? CodeBook.Contracts.ToCode(c) : null,
    };
}
