namespace MedSec.Web.Imports;

/// <summary>Why an uploaded file was refused before the import service saw it.</summary>
public enum UploadRefusalKind
{
    /// <summary>No file, or an empty one (400).</summary>
    Missing,
    /// <summary>Over <see cref="UploadPolicy.MaxBytes"/> (413).</summary>
    TooLarge,
    /// <summary>A file name whose extension is not one of <see cref="UploadPolicy.Extensions"/> (415).</summary>
    UnsupportedType,
    /// <summary>The bytes are not text: a spreadsheet, a PDF, an archive, an image… (415).</summary>
    Binary,
}

/// <summary>An upload refused by <see cref="UploadPolicy"/>, with a French sentence for the user.</summary>
public sealed record UploadRefusal(UploadRefusalKind Kind, string Message)
{
    /// <summary>The HTTP status the API answers with.</summary>
    public int Status => Kind switch
    {
        UploadRefusalKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        UploadRefusalKind.UnsupportedType or UploadRefusalKind.Binary => StatusCodes.Status415UnsupportedMediaType,
        _ => StatusCodes.Status400BadRequest,
    };
}
