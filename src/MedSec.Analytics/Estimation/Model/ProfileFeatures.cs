using MedSec.Domain.Codes;

namespace MedSec.Analytics.Estimation.Model;

/// <summary>Names and codes of the <see cref="ProfileFeature"/> values.</summary>
internal static class ProfileFeatures
{
    /// <summary>The option's name in the CLI and API (camelCase), used in <c>assumed</c> and <c>explanation</c>.</summary>
    public static string OptionName(ProfileFeature feature) => feature switch
    {
        ProfileFeature.Region => "region",
        ProfileFeature.Experience => "experience",
        ProfileFeature.Employer => "employer",
        ProfileFeature.Size => "size",
        ProfileFeature.Specialty => "specialty",
        _ => "contract",
    };

    public static IReadOnlyList<string> Codes(ProfileFeature feature) => feature switch
    {
        ProfileFeature.Employer => CodeBook.Employers.AllCodes,
        ProfileFeature.Size => CodeBook.Sizes.AllCodes,
        ProfileFeature.Specialty => CodeBook.Specialties.AllCodes,
        ProfileFeature.Contract => CodeBook.Contracts.AllCodes,
        ProfileFeature.Region => [.. CodeBook.RegionNames.Keys.Order(StringComparer.Ordinal)],
        _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, "Experience has no codes."),
    };

    public static string Value(ComboCount combo, ProfileFeature feature) => feature switch
    {
        ProfileFeature.Employer => combo.Employer,
        ProfileFeature.Size => combo.Size,
        ProfileFeature.Specialty => combo.Specialty,
        ProfileFeature.Contract => combo.Contract,
        _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, "Not a column of the combination counts."),
    };

    /// <summary>The code a feature row holds for one categorical feature.</summary>
    public static string Code(PayFeatureRow row, ProfileFeature feature) => feature switch
    {
        ProfileFeature.Region => row.Region,
        ProfileFeature.Employer => row.Employer,
        ProfileFeature.Size => row.Size,
        ProfileFeature.Specialty => row.Specialty,
        ProfileFeature.Contract => row.Contract,
        _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, "Experience is numeric."),
    };

    /// <summary>Sets one categorical feature of a feature row to <paramref name="code"/>.</summary>
    public static void Set(PayFeatureRow row, ProfileFeature feature, string code)
    {
        switch (feature)
        {
            case ProfileFeature.Region: row.Region = code; break;
            case ProfileFeature.Employer: row.Employer = code; break;
            case ProfileFeature.Size: row.Size = code; break;
            case ProfileFeature.Specialty: row.Specialty = code; break;
            case ProfileFeature.Contract: row.Contract = code; break;
            default: throw new ArgumentOutOfRangeException(nameof(feature), feature, "Experience is numeric.");
        }
    }
}
