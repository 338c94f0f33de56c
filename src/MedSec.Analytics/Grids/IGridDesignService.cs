using MedSec.Domain.Transparency;

namespace MedSec.Analytics.Grids;

/// <summary>
/// The HR salary-grid designer the CLI (<c>medsec grid</c>), the API (<c>/api/grids</c>) and the dashboard
/// ("Grille salariale") share. Throws <see cref="MedSec.Domain.MedSecInputException"/> for a request it cannot answer.
/// </summary>
public interface IGridDesignService
{
    GridDesign Design(GridDesignQuery query);

    /// <summary>The stored payrolls (import, list, employees, delete).</summary>
    IPayrollBook Payrolls { get; }

    /// <summary>The information letter of one employee of a payroll import at a date (art. 7 of Directive 2023/970).</summary>
    InformationLetter Letter(long importId, string employeeId, DateOnly date);
}
