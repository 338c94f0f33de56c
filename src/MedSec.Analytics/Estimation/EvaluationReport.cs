using MedSec.Analytics.Estimation.Evaluation;

namespace MedSec.Analytics.Estimation;

/// <summary>
/// What <c>medsec train</c> and <c>medsec evaluate</c> print (DESIGN.md): the observations used, the MAE of the model
/// and of the baseline on the held-out test rows, the coverage of the 80 % interval overall and by sector, and the
/// outside check against published figures.
/// </summary>
/// <param name="Rows">Observations the model was built from (train + calibration + test).</param>
/// <param name="SavedTo">The model folder, when the model was just saved (<c>train</c>).</param>
public sealed record EvaluationReport(
    int Rows,
    decimal MaeModel,
    decimal MaeBaseline,
    double Coverage80,
    IReadOnlyDictionary<string, double> Coverage80BySector,
    int TrainRows,
    int CalibrationRows,
    int TestRows,
    double TrainSeconds,
    OutsideCheck? OutsideCheck,
    ModelInfo Model,
    string? SavedTo);
