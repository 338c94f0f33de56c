using MedSec.Domain.Reference;
using MedSec.Web.Formatting;

namespace MedSec.Web.Components.Methodology;

/// <summary>One figure in force at a date, with the date it has applied since and the text that set it.</summary>
public sealed record CurrentFigure(string Key, string Label, string Value, DateOnly Since, string LegalText)
{
    /// <summary>The headline figures in force at <paramref name="date"/> (the newest known when the date is beyond the data).</summary>
    public static IReadOnlyList<CurrentFigure> At(ReferenceData data, DateOnly date)
    {
        var figures = new List<CurrentFigure>();
        if (InForce(data.Smic, s => s.ValidFrom, s => s.ValidTo, date) is { } smic)
        {
            figures.Add(new("smic-hourly", "SMIC horaire brut", FrenchFormat.Euros(smic.Hourly), smic.ValidFrom, smic.LegalText));
            figures.Add(new("smic-monthly", "SMIC mensuel brut (151,67 h)", FrenchFormat.Euros(smic.Monthly), smic.ValidFrom, smic.LegalText));
        }
        if (InForce(data.MayotteSmic, s => s.ValidFrom, s => s.ValidTo, date) is { } mayotte)
        {
            figures.Add(new("smic-mayotte-hourly", "SMIC horaire brut à Mayotte", FrenchFormat.Euros(mayotte.Hourly), mayotte.ValidFrom, mayotte.LegalText));
            figures.Add(new("smic-mayotte-monthly", "SMIC mensuel brut à Mayotte (151,67 h)", FrenchFormat.Euros(mayotte.Monthly), mayotte.ValidFrom, mayotte.LegalText));
        }
        if (InForce(data.PointValues, p => p.ValidFrom, p => p.ValidTo, date) is { } point)
            figures.Add(new("point", "Valeur annuelle du point d'indice", FrenchFormat.Euros(point.AnnualValue), point.ValidFrom, point.LegalText));
        if (InForce(data.MinimumIndexes, m => m.ValidFrom, m => m.ValidTo, date) is { } minimum)
            figures.Add(new("minimum-index", "Minimum de traitement (indice majoré)", FrenchFormat.Integer(minimum.IndexPoints), minimum.ValidFrom, minimum.Note));
        if (InForce(data.SocialSecurityCeilings, p => p.ValidFrom, p => p.ValidTo, date) is { } pss)
            figures.Add(new("pss", "Plafond mensuel de la Sécurité sociale", FrenchFormat.Euros(pss.Monthly), pss.ValidFrom, "arrêté annuel"));
        return figures;
    }

    private static T? InForce<T>(IReadOnlyList<T> rows, Func<T, DateOnly> from, Func<T, DateOnly?> to, DateOnly date) where T : class =>
        rows.Where(r => from(r) <= date && (to(r) is not { } end || end >= date)).MaxBy(from)
        ?? rows.Where(r => from(r) <= date).MaxBy(from);
}
