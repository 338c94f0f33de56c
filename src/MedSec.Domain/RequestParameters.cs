namespace MedSec.Domain;

/// <summary>
/// The names of the request parameters an error can concern (<see cref="MedSecInputException.Parameter"/>): the API's
/// query names and the CLI's options, which the dashboard's forms map to their fields.
/// </summary>
public static class RequestParameters
{
    public const string Date = "date";

    public const string Echelon = "echelon";

    public const string Postcode = "postcode";
}
