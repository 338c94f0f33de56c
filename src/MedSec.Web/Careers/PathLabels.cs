using MedSec.Domain.Careers;

namespace MedSec.Web.Careers;

/// <summary>How a path is named for people: its moves in French, capitalised (the service's name also holds the codes).</summary>
public static class PathLabels
{
    /// <summary><c>secretary:cardiology → trainer : Formateur·rice (…)</c> → <c>Formateur·rice (…)</c>.</summary>
    public static string Title(CareerPath path)
    {
        var separator = path.Name.IndexOf(" : ", StringComparison.Ordinal);
        var text = separator >= 0 ? path.Name[(separator + 3)..] : path.Name;
        return text.Length == 0 ? text : char.ToUpper(text[0], Formatting.FrenchFormat.Culture) + text[1..];
    }

    /// <summary>True for the path that makes no move.</summary>
    public static bool IsStay(CareerPath path) => path.Moves.Count == 0;

    /// <summary>"13,9 %".</summary>
    public static string Probability(decimal probability) =>
        (probability * 100).ToString(probability < 0.01m ? "0.00" : "0.0", Formatting.FrenchFormat.Culture) + "\u00a0%";
}
