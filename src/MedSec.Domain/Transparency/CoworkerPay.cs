namespace MedSec.Domain.Transparency;

/// <summary>
/// When an average of an information letter would tell its reader one colleague's pay. Directive (EU) 2023/970, art. 12(3):
/// where information given under articles 7, 9 and 10 "would lead to the disclosure, either directly or indirectly, of the
/// pay of an identifiable co-worker", only the workers' representatives, the labour inspectorate or the equality body may
/// be given access to it (a Member State's option; MedSec takes it for the letter, which goes to one employee).
/// </summary>
public static class CoworkerPay
{
    /// <summary>
    /// Whether the average of a sex group of the reader's category discloses a colleague's pay: the group holds exactly one
    /// person besides the reader. Directly when that person is the whole group (the one man of a category: "the men's
    /// average" is his pay); indirectly when the reader is the other member (twice the average less the reader's own pay
    /// is the colleague's). A group of the reader alone states the reader's own pay, theirs to know; two colleagues or more
    /// besides the reader give only a sum. The letter states no all-sex average of the category, so a withheld average
    /// cannot be recovered by subtracting the other sex's from it.
    /// </summary>
    public static bool WouldDisclose(int groupCount, bool readerInGroup) => groupCount - (readerInGroup ? 1 : 0) == 1;
}
