using MedSec.Analytics.Pay;
using MedSec.Domain;
using MedSec.Domain.Codes;

namespace MedSec.Web.Components.Pay;

/// <summary>The inputs of the "Grille publique" tool, bound to the form's fields.</summary>
public sealed class PublicPayForm
{
    public GradeCode Grade { get; set; } = GradeCode.AmaCn;

    public int Echelon { get; set; } = 1;

    public DateTime? Date { get; set; } = DateTime.Today;

    public ResidenceZone Zone { get; set; } = ResidenceZone.Zone3;

    /// <summary>Include the complément de traitement indiciaire (CTI, Ségur).</summary>
    public bool IncludeCti { get; set; } = true;

    public PublicPayQuery ToQuery() => Date is { } date
        ? new PublicPayQuery(Grade, Echelon, DateOnly.FromDateTime(date), Zone, IncludeCti)
        : throw new MedSecInputException("Indiquez une date au format jj/mm/aaaa.", parameter: RequestParameters.Date);
}
