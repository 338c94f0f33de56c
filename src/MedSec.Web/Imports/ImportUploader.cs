using MedSec.Analytics.Imports;

namespace MedSec.Web.Imports;

/// <summary>
/// The page's upload: the <see cref="UploadPolicy"/> checks (name and size first, then the bytes), then the import
/// service. A refusal of the policy or of the service (a file refused whole) becomes <see cref="UploadOutcome.Error"/>.
/// </summary>
public sealed class ImportUploader(IImportService imports)
{
    /// <param name="open">Opens the file's content, reading at most the given number of bytes.</param>
    public async Task<UploadOutcome> UploadAsync(string fileName, long size, Func<long, Stream> open, CancellationToken cancellationToken = default)
    {
        if (UploadPolicy.CheckAnnounced(fileName, size) is { } announced) return UploadOutcome.Refused(announced.Message);

        var content = new byte[size];
        await using (var stream = open(UploadPolicy.MaxBytes))
            await stream.ReadExactlyAsync(content, cancellationToken);
        if (UploadPolicy.CheckContent(content) is { } refused) return UploadOutcome.Refused(refused.Message);

        try
        {
            return new UploadOutcome(imports.Import(Path.GetFileName(fileName), content), null);
        }
        catch (MedSecInputException e)
        {
            return UploadOutcome.Refused(e.Message);
        }
    }
}
