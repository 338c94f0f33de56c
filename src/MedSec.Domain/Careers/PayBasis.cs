namespace MedSec.Domain.Careers;

/// <summary>How a career role is paid (base de rémunération).</summary>
public enum PayBasis
{
    /// <summary>A public grade: the échelon timeline of its grid.</summary>
    Grid,
    /// <summary>A private-sector employee: the market estimate (secteur privé) times the role's factor.</summary>
    MarketPrivate,
    /// <summary>A remote employee of a télésecrétariat company: the market estimate for the remote sector.</summary>
    MarketRemote,
    /// <summary>A micro-entrepreneur: turnover (chiffre d'affaires), net of the micro-social rate.</summary>
    Freelance,
}
