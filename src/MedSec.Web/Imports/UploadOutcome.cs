using MedSec.Analytics.Imports;

namespace MedSec.Web.Imports;

/// <summary>What became of an upload from the page: the import report, or one French sentence saying why it was refused.</summary>
public sealed record UploadOutcome(ImportReport? Report, string? Error)
{
    public static UploadOutcome Refused(string message) => new(null, message);
}
