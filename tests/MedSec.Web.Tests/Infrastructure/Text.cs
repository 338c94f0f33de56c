namespace MedSec.Web.Tests.Infrastructure;

public static class Text
{
    /// <summary>Trims and turns the no-break spaces of fr-FR numbers (U+00A0, U+202F) into plain spaces.</summary>
    public static string Normalize(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ').Trim();

    /// <summary><see cref="Normalize"/>, then every run of white space as one space (text read across elements).</summary>
    public static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(Normalize(text), @"\s+", " ");
}
