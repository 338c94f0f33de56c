namespace MedSec.Web.Formatting;

/// <summary>
/// What a page's address holds that cannot be read (someone edited or cut it), said in French, so the page says it rather
/// than computing silently with the form's defaults. Shared by the comparison and the career plan pages.
/// </summary>
public static class AddressProblem
{
    /// <param name="kind">What each value should be, singular then plural: ("un nombre lisible", "des nombres lisibles").</param>
    /// <param name="values">Each value of the address: how it is named, its text (null: absent) and whether it reads.</param>
    /// <returns>Null when every value given is readable.</returns>
    public static string? Unreadable((string One, string Many) kind, params (string Name, string? Text, Func<string, bool> Reads)[] values)
    {
        var unreadable = values.Where(v => v.Text is not null && !v.Reads(v.Text)).Select(v => $"{v.Name} « {v.Text} »").ToList();
        return unreadable.Count == 0
            ? null
            : $"L'adresse de la page donne {string.Join(" et ", unreadable)}, "
              + (unreadable.Count == 1 ? $"qui n'est pas {kind.One}" : $"qui ne sont pas {kind.Many}")
              + " : rien n'est calculé.";
    }
}
