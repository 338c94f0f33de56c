namespace MedSec.Data.Sample;

/// <summary>One row of data/sample/generator_parameters.csv: a parameter (and key) of the sample generator with its cited source.</summary>
/// <param name="Key">The category the value is for (a région code, an employer type, an experience band…), empty for a scalar.</param>
/// <param name="Value">As written: a number, a date, a code or a figure id.</param>
public sealed record SampleParameter(long Line, string Name, string Key, string Value, string Unit, string Source, string? Note);
