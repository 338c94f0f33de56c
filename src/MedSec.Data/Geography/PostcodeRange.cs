namespace MedSec.Data.Geography;

/// <summary>An inclusive range of five-digit postcodes (codes postaux), e.g. 20000–20199.</summary>
public readonly record struct PostcodeRange(int From, int To)
{
    public bool Contains(int postcode) => postcode >= From && postcode <= To;

    public override string ToString() => $"{From:00000}-{To:00000}";
}
