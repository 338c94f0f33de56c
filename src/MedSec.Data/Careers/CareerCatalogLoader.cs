using MedSec.Data.Reference;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Data.Careers;

/// <summary>
/// Reads data/reference/careers.csv (described in data/reference/SOURCES.md): one row per role, move, training route,
/// freelance charge rate or model parameter, told apart by the <c>kind</c> column. Errors name the file, line and column.
/// </summary>
public static class CareerCatalogLoader
{
    public const string FileName = "careers.csv";

    /// <summary>The statuses of careers.csv: those of the other reference tables, plus <c>assumption</c> (with its reasoning in <c>note</c>).</summary>
    public static readonly IReadOnlyList<string> Statuses = ["sourced", "derived", "inferred", "assumption"];

    private static readonly IReadOnlyList<string> Kinds = ["role", "move", "training", "charge", "parameter"];

    /// <summary>Reads careers.csv from a reference directory (the folder of the other reference tables).</summary>
    /// <exception cref="ReferenceDataException">The file is missing, a row is malformed, or the catalog is inconsistent.</exception>
    public static CareerCatalog Load(string referenceDirectory)
    {
        var roles = new List<RoleDefinition>();
        var moves = new List<CareerMove>();
        var routes = new List<TrainingRoute>();
        var values = new List<DatedValue>();
        ReferenceCsv.ReadAll(Path.GetFullPath(referenceDirectory), FileName, row =>
        {
            switch (row.OneOf("kind", Kinds))
            {
                case "role": roles.Add(Role(row)); break;
                case "move": moves.Add(Move(row)); break;
                case "training": routes.Add(Route(row)); break;
                default: values.Add(Value(row)); break;
            }
            return 0;
        });
        try
        {
            return new CareerCatalog(roles, moves, routes, values);
        }
        catch (InvalidOperationException e)
        {
            throw new ReferenceDataException(e.Message, FileName, inner: e);
        }
    }

    /// <summary>careers.csv of <see cref="ReferenceDataLoader.DefaultDirectory"/> (bundled, or <c>$MEDSEC_DATA/reference</c>).</summary>
    public static CareerCatalog LoadDefault() => Load(ReferenceDataLoader.DefaultDirectory());

    private static RoleDefinition Role(ReferenceRow row)
    {
        var basis = row.OneOf("pay_basis", ["grid", "market-private", "market-remote", "freelance"]) switch
        {
            "grid" => PayBasis.Grid,
            "market-private" => PayBasis.MarketPrivate,
            "market-remote" => PayBasis.MarketRemote,
            _ => PayBasis.Freelance,
        };
        var role = row.Code("code", CodeBook.Roles);
        if ((basis == PayBasis.Grid) != CareerRoles.IsPublic(role))
            throw row.Fail("pay_basis", $"role {CareerRoles.Code(role)} must be paid by {(CareerRoles.IsPublic(role) ? "its grid" : "the market")}");
        EmployerType? employer = row.OptionalText("employer") is null ? null : row.Code("employer", CodeBook.Employers);
        var factor = row.OptionalDecimal("pay_factor");
        if (basis != PayBasis.Grid && factor is not > 0m) throw row.Fail("pay_factor", "a market role needs a positive factor");
        return new RoleDefinition(role, row.Text("label"), basis, employer, factor, Status(row), row.Text("source"));
    }

    private static CareerMove Move(ReferenceRow row)
    {
        Specialty? toSpecialty = row.OptionalText("to_specialty") is null ? null : row.Code("to_specialty", CodeBook.Specialties);
        var requirement = row.OneOf("requirement", ["none", "experience", "concours", "promotion", "qualification"]) switch
        {
            "experience" => MoveRequirement.Experience,
            "concours" => MoveRequirement.Concours,
            "promotion" => MoveRequirement.Promotion,
            "qualification" => MoveRequirement.Qualification,
            _ => MoveRequirement.None,
        };
        var route = row.OptionalText("training_route");
        if (requirement == MoveRequirement.Qualification && route is null)
            throw row.Fail("training_route", "a move that needs a qualification names its training route");
        var probability = row.Decimal("annual_probability");
        if (probability is < 0m or > 1m) throw row.Fail("annual_probability", $"'{probability}' is not a probability");
        var minYears = row.Int("min_years_in_role");
        if (minYears < 0) throw row.Fail("min_years_in_role", "years cannot be negative");
        var delay = row.Decimal("delay_years");
        if (delay < 0m) throw row.Fail("delay_years", "a delay cannot be negative");
        return new CareerMove(
            row.Text("code"), row.Text("label"), row.Code("from_role", CodeBook.Roles), row.Code("to_role", CodeBook.Roles),
            toSpecialty, minYears, requirement, route, delay, (double)probability, Status(row), row.Text("source"))
        {
            Note = row.OptionalText("note"),
        };
    }

    private static TrainingRoute Route(ReferenceRow row)
    {
        var months = row.Int("duration_months");
        if (months <= 0) throw row.Fail("duration_months", "a training route lasts at least a month");
        var pay = row.OneOf("pay_during_training", ["none", "current", "smic"]) switch
        {
            "current" => PayDuringTraining.Current,
            "smic" => PayDuringTraining.Smic,
            _ => PayDuringTraining.None,
        };
        return new TrainingRoute(row.Text("code"), row.Text("label"), months, pay, row.Text("funding"), Status(row), row.Text("source"));
    }

    private static DatedValue Value(ReferenceRow row)
    {
        var from = row.OptionalDate("valid_from");
        var to = row.OptionalDate("valid_to");
        if (from is { } f && to is { } t && t < f) throw row.Fail("valid_to", $"'{t:yyyy-MM-dd}' is before valid_from {f:yyyy-MM-dd}");
        return new DatedValue(row.Text("kind"), row.Text("code"), row.Text("label"), row.Decimal("value"), from, to, Status(row), row.Text("source"));
    }

    private static string Status(ReferenceRow row) => row.OneOf("status", Statuses);
}
