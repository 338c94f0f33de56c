using MedSec.Web.Formatting;

namespace MedSec.Web.Tests.Formatting;

public sealed class ModelLabelsTests
{
    [Theory]
    [InlineData("pay-estimator (LightGbm, sample)", "estimateur de salaire LightGBM appris au démarrage sur l'échantillon synthétique (pay-estimator)")]
    [InlineData("pay-estimator (LightGbm, saved)", "estimateur de salaire LightGBM enregistré par medsec train (pay-estimator)")]
    [InlineData("pay-estimator (FastTree, trained)", "estimateur de salaire FastTree réentraîné (pay-estimator)")]
    public void TheEstimatorIsSaidInFrenchWithItsIdentifier(string name, string expected) =>
        Assert.Equal(expected, ModelLabels.MarketPay(name));

    [Theory]
    [InlineData("mlnet-lbfgs-maximum-entropy", "régression logistique multinomiale ML.NET (mlnet-lbfgs-maximum-entropy)")]
    [InlineData("counting", "fréquences des mobilités observées, lissées vers les probabilités a priori (counting)")]
    public void TheTransitionModelIsSaidInFrenchWithItsIdentifier(string name, string expected) =>
        Assert.Equal(expected, ModelLabels.Transitions(name));

    [Theory]
    [InlineData("règle provisoire")]
    [InlineData("pay-estimator")]
    public void AnUnknownNameIsShownAsItIs(string name)
    {
        Assert.Equal(name, ModelLabels.MarketPay(name));
        Assert.Equal(name, ModelLabels.Transitions(name));
    }
}
