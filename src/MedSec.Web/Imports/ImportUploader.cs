using MedSec.Analytics.Imports;

namespace MedSec.Web.Imports;

/// <summary>
/// The page's upload: the <see cref="UploadPolicy"/> checks (name and size first, then the bytes), then the import
/// service. A refusal of the policy or of the service (a file refused whole) becomes <see cref="UploadOutcome.Error"/>;
/// so does a fault of ours, logged, with a sentence that says nothing was stored (an import is one transaction). A file
/// input's change event reaches .NET through JS interop, outside the layout's error boundary: an exception left to
/// escape it would leave the page saying "Import…" for ever.
/// </summary>
public sealed class ImportUploader(IImportService imports, ILogger logger)
{
    /// <param name="open">Opens the file's content, reading at most the given number of bytes.</param>
    public async Task<UploadOutcome> UploadAsync(
        string fileName, long size, Func<long, Stream> open, ImportFormat format = ImportFormat.Auto, CancellationToken cancellationToken = default)
    {
        if (UploadPolicy.CheckAnnounced(fileName, size) is { } announced) return UploadOutcome.Refused(announced.Message);

        var content = new byte[size];
        await using (var stream = open(UploadPolicy.MaxBytes))
            await stream.ReadExactlyAsync(content, cancellationToken);
        if (UploadPolicy.CheckContent(content) is { } refused) return UploadOutcome.Refused(refused.Message);

        try
        {
            return new UploadOutcome(imports.Import(Path.GetFileName(fileName), content, new ImportOptions(format)), null);
        }
        catch (MedSecInputException e)
        {
            return UploadOutcome.Refused(e.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Unexpected failure importing {File}", fileName);
            return UploadOutcome.Refused(UnexpectedFailure(Path.GetFileName(fileName)));
        }
    }

    public static string UnexpectedFailure(string fileName) =>
        $"{fileName} : erreur inattendue pendant l'import ; rien n'a été enregistré. L'erreur a été consignée dans le journal du serveur.";
}
