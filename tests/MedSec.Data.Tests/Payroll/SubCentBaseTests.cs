namespace MedSec.Data.Tests.Payroll;

/// <summary>
/// A base salary above zero but under a cent (0,001) is no pay: rejected as a base of 0 is, where it was accepted and
/// stored, its flag saying "0,00 € de salaire de base".
/// </summary>
public class SubCentBaseTests
{
    [Theory]
    [InlineData("0,001", "Salaire de base 0,001 non positif au centime.")]
    [InlineData("0,004", "Salaire de base 0,004 non positif au centime.")]
    public void ABaseUnderACentIsRejected(string basePay, string reason)
    {
        var result = PayrollText.Run($"Matricule;Salaire de base brut\nA1;1900\nA2;{basePay}\n");

        Assert.Equal((2L, 1L, 1L), (result.Read, result.Accepted, result.Rejected));
        var rejection = Assert.Single(result.Rejections);
        Assert.Equal((3L, "Salaire de base brut", reason), (rejection.Line, rejection.Column, rejection.Reason));
    }
}
