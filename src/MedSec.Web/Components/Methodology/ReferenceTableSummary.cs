namespace MedSec.Web.Components.Methodology;

/// <summary>One reference table of <c>data/reference</c> as the "Méthode et sources" page shows it.</summary>
/// <param name="File">The CSV file name, e.g. <c>smic.csv</c>.</param>
/// <param name="From">The first <c>valid_from</c> of the table.</param>
/// <param name="AsOf">The newest <c>valid_from</c>: the date of the newest figure the table knows.</param>
/// <param name="Statuses">Row counts by status (<c>sourced</c>, <c>derived</c>, <c>inferred</c>).</param>
/// <param name="Sources">The distinct sources cited by the rows, most cited first.</param>
/// <param name="Warning">A French sentence when the newest figure is old (more than a year before the page's date), else null.</param>
public sealed record ReferenceTableSummary(
    string File,
    string Title,
    string Holds,
    int Rows,
    DateOnly From,
    DateOnly AsOf,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyList<string> Sources,
    string? Warning);
