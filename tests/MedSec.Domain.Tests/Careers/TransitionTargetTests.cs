using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;

namespace MedSec.Domain.Tests.Careers;

public class TransitionTargetTests
{
    [Fact]
    public void ASpecialtyChangeIsWrittenAfterTheRole()
    {
        Assert.Equal("secretary:surgery", new TransitionTarget(CareerRole.Secretary, Specialty.Surgery).Code);
        Assert.Equal("AMA-CN", new TransitionTarget(CareerRole.AmaCn).Code);
    }

    [Property]
    public Property CodesReadBackToTheSameTarget() =>
        Prop.ForAll(
            (from role in Gen.Elements(Enum.GetValues<CareerRole>())
             from specialty in Gen.Elements(Enum.GetValues<Specialty>().Select(s => (Specialty?)s).Append(null).ToArray())
             select new TransitionTarget(role, specialty)).ToArbitrary(),
            target => TransitionTarget.TryParse(target.Code, out var back) && back == target);

    [Theory]
    [InlineData("")]
    [InlineData("nurse")]
    [InlineData("secretary:dentistry")]
    [InlineData("secretary:surgery:x")]
    public void UnknownCodesAreNotTargets(string code) => Assert.False(TransitionTarget.TryParse(code, out _));
}
