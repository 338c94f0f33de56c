using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;

namespace MedSec.Data.JobAds;

/// <summary>
/// Sector, employer type and specialty of an offer, from its title and its employer's activity (code NAF, rév. 2).
/// Offers say nothing of how pay is set, so only télésecrétariat is told apart; every other offer counts as private:
/// public hospitals hire their titulaires by concours, and an employer's name does not tell (a "Centre hospitalier"
/// may be a private non-profit under CCN 51).
/// </summary>
public static class JobAdClassifier
{
    public static Sector Sector(JobAd ad) =>
        IsRemote(ad) ? Domain.Codes.Sector.Remote : Domain.Codes.Sector.Private;

    /// <summary>
    /// 82.xx (services administratifs, centres d'appels) → telesecretariat; 86.10Z (activités hospitalières, private)
    /// → clinique; 86.21Z–86.23Z (médecins, dentistes) → cabinet; 87.10A → ehpad; other 87.xx/88.xx → medico-social;
    /// 86.90x → centre-sante only for 86.90F (santé humaine n.c.a.); anything else unknown.
    /// </summary>
    public static EmployerType? Employer(JobAd ad)
    {
        if (IsRemote(ad)) return EmployerType.Telesecretariat;
        var naf = Naf(ad);
        return naf switch
        {
            "8610Z" => EmployerType.Clinique,
            "8621Z" or "8622A" or "8622B" or "8622C" or "8623Z" => EmployerType.Cabinet,
            "8690F" => EmployerType.CentreSante,
            "8710A" => EmployerType.Ehpad,
            _ when naf.StartsWith("87", StringComparison.Ordinal) || naf.StartsWith("88", StringComparison.Ordinal) => EmployerType.MedicoSocial,
            _ => null,
        };
    }

    /// <summary>From the title first ("cabinet de radiologie" → radiology), else the NAF (86.21Z → general, 86.22A → radiology, 86.22B → surgery, 86.23Z → other).</summary>
    public static Specialty? Specialty(JobAd ad)
    {
        var title = TextKey.Of($"{ad.Title} {ad.Appellation}");
        (string Key, Specialty Value)[] words =
        [
            ("cardio", Domain.Codes.Specialty.Cardiology), ("pediatr", Domain.Codes.Specialty.Paediatrics),
            ("chirurg", Domain.Codes.Specialty.Surgery), ("radiolog", Domain.Codes.Specialty.Radiology),
            ("imagerie", Domain.Codes.Specialty.Radiology), ("ophtalm", Domain.Codes.Specialty.Ophthalmology),
            ("gyneco", Domain.Codes.Specialty.Gynaecology), ("obstetri", Domain.Codes.Specialty.Gynaecology),
        ];
        foreach (var (key, value) in words)
            if (title.Contains(key, StringComparison.Ordinal)) return value;
        return Naf(ad) switch
        {
            "8621Z" => Domain.Codes.Specialty.General,
            "8622A" => Domain.Codes.Specialty.Radiology,
            "8622B" => Domain.Codes.Specialty.Surgery,
            "8623Z" => Domain.Codes.Specialty.Other,
            _ => null,
        };
    }

    private static bool IsRemote(JobAd ad) =>
        TextKey.Of($"{ad.Title} {ad.Appellation}").Contains("telesecret", StringComparison.Ordinal)
        || Naf(ad).StartsWith("82", StringComparison.Ordinal);

    /// <summary>The NAF code without its dot, upper case ("86.22A" → "8622A").</summary>
    private static string Naf(JobAd ad) => (ad.NafCode ?? "").Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
