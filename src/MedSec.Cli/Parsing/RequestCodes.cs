using MedSec.Domain;
using MedSec.Domain.Codes;

namespace MedSec.Cli.Parsing;

/// <summary>
/// INTERIM: code strings → enums until payrules' shared PayRequestParser lands (then this file goes).
/// An unknown code is a request the rules refuse (MedSecInputException, exit 1).
/// </summary>
internal static class RequestCodes
{
    public static T Parse<T>(CodeMap<T> map, string? code, string what) where T : struct, Enum =>
        map.TryParse(code, out var value)
            ? value
            : throw new MedSecInputException(
                $"unknown {what} '{code}' (expected one of: {string.Join(", ", map.AllCodes)})", InputErrorKind.UnknownCode);
}
