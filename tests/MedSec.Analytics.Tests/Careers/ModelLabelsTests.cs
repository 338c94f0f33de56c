using MedSec.Analytics.Careers;

namespace MedSec.Analytics.Tests.Careers;

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

    [Fact]
    public void TheTransitionModelOfAPlanIsSaidInFrenchBeforeHowItWasChosen()
    {
        // A plan's TransitionModel is the report's summary, not the bare identifier: /parcours showed
        // "Modèle de transitions : mlnet-lbfgs-maximum-entropy (log-loss …)", the identifier alone.
        var ml = new TransitionModelReport(MlTransitionModel.ModelName, 0.4199, 0.4139, 800, 200, 50, SyntheticHistories: true);
        var counting = new TransitionModelReport(CountingTransitionModel.ModelName, 0.4199, null, 800, 200, 50, SyntheticHistories: true);

        Assert.Equal("régression logistique multinomiale ML.NET (mlnet-lbfgs-maximum-entropy ; "
            + "log-loss sur les parcours mis de côté : comptage 0,4199, ML.NET 0,4139)", ModelLabels.Transitions(ml.Summary));
        Assert.Equal("fréquences des mobilités observées, lissées vers les probabilités a priori (counting ; "
            + "log-loss sur les parcours mis de côté : 0,4199 ; modèle ML.NET non entraîné)", ModelLabels.Transitions(counting.Summary));
    }

    [Theory]
    [InlineData("règle provisoire")]
    [InlineData("pay-estimator")]
    public void AnUnknownNameIsShownAsItIs(string name)
    {
        Assert.Equal(name, ModelLabels.MarketPay(name));
        Assert.Equal(name, ModelLabels.Transitions(name));
    }
}
