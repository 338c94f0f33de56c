namespace MedSec.Domain.Codes;

/// <summary>A French région by its INSEE code (région). Construct through <see cref="CodeBook.TryParseRegion"/>.</summary>
public readonly record struct Region(string Code)
{
    public override string ToString() => Code;
}
