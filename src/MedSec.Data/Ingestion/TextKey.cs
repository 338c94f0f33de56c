using System.Globalization;
using System.Text;

namespace MedSec.Data.Ingestion;

/// <summary>
/// The matching key of a header or a value: lower case, accents removed, only letters and digits kept
/// ("Type d'employeur" → "typedemployeur", "Télésecrétariat" → "telesecretariat", "250+" → "250").
/// </summary>
public static class TextKey
{
    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (c)
            {
                case 'œ' or 'Œ': sb.Append("oe"); continue;
                case 'æ' or 'Æ': sb.Append("ae"); continue;
            }
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
