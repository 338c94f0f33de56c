using MedSec.Analytics.Pay;
using MedSec.Domain;
using MedSec.Domain.Codes;
using MedSec.Domain.Grids;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;
using MedSec.Domain.Transparency;

namespace MedSec.Analytics.Grids;

/// <summary>
/// Designs a grid: the market percentile of each seniority step (<see cref="IMarketLevels"/>), spread over the levels
/// (the agreement's secretary positions, <see cref="SecretaryPositions"/>) by <see cref="LevelSpacing"/>, then floored
/// and made monotone by <see cref="GridRules"/>; with a payroll (<see cref="IPayrollBook"/>), places the staff on it
/// (<see cref="StaffRules"/>) and reports the pay gaps (<see cref="TransparencyService"/>). Holds no pay rule itself.
/// </summary>
public sealed class GridDesignService(ReferenceData reference, IPayService pay, IMarketLevels market, IPayrollBook payrolls) : IGridDesignService
{
    /// <summary>The agreement an employer type usually applies (scope of each agreement, RESEARCH.md §2); others have none.</summary>
    private static readonly Dictionary<EmployerType, Agreement> UsualAgreement = new()
    {
        [EmployerType.Cabinet] = Agreement.Idcc1147,
        [EmployerType.Clinique] = Agreement.Idcc2264,
        [EmployerType.Telesecretariat] = Agreement.Idcc2098,
    };

    public IPayrollBook Payrolls => payrolls;

    public GridDesign Design(GridDesignQuery query)
    {
        var warnings = new List<string>();
        var agreement = query.Agreement ?? (UsualAgreement.TryGetValue(query.Employer, out var usualAgreement) ? usualAgreement : null);
        if (query.Agreement is null && agreement is { } usual) warnings.Add(GridTexts.AgreementAssumed(usual, query.Employer));
        if (agreement is null) warnings.Add(GridTexts.NoAgreement(query.Employer));

        var classification = agreement is { } a ? SecretaryPositions.At(reference, a, query.Date) : null;
        // Each position's floors by seniority, once: the grid's levels and the staff placed on them both hold to them.
        var positionFloors = agreement is { } held && classification is not null
            ? classification.Select(p => PositionFloors(held, p, query.Date, query.Region)).ToList()
            : null;
        var (gap, gapSource) = Gap(query, agreement, classification);
        var inputs = Levels(query, agreement, classification, positionFloors, gap, warnings, out var asOf);

        var stepYears = SeniorityScale.Steps(query.Steps);
        var marketSteps = Market(query, stepYears, out var market, out var newest);
        var synthetic = market.Synthetic > 0;
        if (newest is { } n && query.Date > n.AddYears(1)) warnings.Add(GridTexts.OldMarket(n, query.Date));
        foreach (var step in marketSteps)
        {
            if (step.Scope == MarketLevel.None) warnings.Add(GridTexts.NoMarket(step.Years, step.ToYears, query.K));
            else if (step.Scope != MarketLevel.RegionEmployer) warnings.Add(GridTexts.Widened(step.Years, step.ToYears, step.Scope, step.N));
        }
        if (synthetic) warnings.Add(market.Synthetic == market.All ? GridTexts.Synthetic : GridTexts.PartlySynthetic(market.Synthetic, market.All));

        var levels = GridRules.Build(inputs, stepYears, [.. marketSteps.Select(m => m.Value)]);
        var agreementCode = agreement is { } c ? CodeBook.Agreements.ToCode(c) : null;
        var ranges = levels.Select(l => GridRules.JobAdRange(l, agreementCode)).ToList();

        PayrollSummary? summary = null;
        StaffAnalysis? staff = null;
        PayGapReport? gaps = null;
        if (query.Payroll is { } importId)
        {
            var employees = payrolls.Employees(importId) ?? throw new MedSecInputException(GridTexts.PayrollNotFound(importId), InputErrorKind.UnknownCode);
            var info = payrolls.Imports().First(i => i.Id == importId);
            summary = new PayrollSummary(importId, info.FileName, employees.Count);
            staff = StaffRules.Analyse(levels, employees, query.Date, positionFloors,
                query.ChargeRate ?? EmployerCharges.AssumedRate, query.ChargeRate is null,
                hours => pay.SmicForHours(hours, query.Date, SmicTerritories.Of(query.Region)));
            gaps = TransparencyService.Report(employees, query.K);
        }

        return new GridDesign(
            query.Region.Code, CodeBook.RegionNames[query.Region.Code], CodeBook.Employers.ToCode(query.Employer), query.Percentile,
            agreementCode, query.Agreement is null && agreement is not null, query.Date, query.K, gap, gapSource,
            levels, marketSteps, ranges, synthetic, summary, staff, gaps, asOf, [.. warnings.Distinct()]);
    }

    public InformationLetter Letter(long importId, string employeeId, DateOnly date)
    {
        var employees = payrolls.Employees(importId) ?? throw new MedSecInputException(GridTexts.PayrollNotFound(importId), InputErrorKind.UnknownCode);
        return TransparencyService.Letter(employees, employeeId, date);
    }

    private (decimal Gap, string Source) Gap(GridDesignQuery query, Agreement? agreement, IReadOnlyList<AgreementPosition>? classification)
    {
        if (query.LevelGap is { } given) return (given, GridTexts.GivenGap(given));
        if (agreement is { } a && classification is { Count: > 1 }
            && LevelSpacing.FromMinima([.. classification.Select(p => pay.Floor(new FloorQuery(a, p.Level, query.Date, Region: query.Region)).AgreementMinimum)]) is { } hierarchy)
        {
            var gap = Math.Max(hierarchy, LevelSpacing.DefaultGap);
            return (gap, GridTexts.GapFromAgreement(a, gap, hierarchy));
        }
        return (LevelSpacing.DefaultGap, GridTexts.DefaultGap(LevelSpacing.DefaultGap));
    }

    private List<GridLevelInput> Levels(
        GridDesignQuery query, Agreement? agreement, IReadOnlyList<AgreementPosition>? classification,
        IReadOnlyList<PositionFloor>? positionFloors, decimal gap, List<string> warnings, out DateOnly asOf)
    {
        var inputs = new List<GridLevelInput>(query.Levels);
        asOf = DateOnly.MinValue;
        if (agreement is { } a && classification is not null && positionFloors is not null)
        {
            var positions = SecretaryPositions.Spread(classification, query.Levels);
            for (var i = 0; i < positions.Count; i++)
            {
                var floor = pay.Floor(new FloorQuery(a, positions[i].Level, query.Date, Region: query.Region));
                warnings.AddRange(floor.Warnings);
                asOf = Validity(asOf, floor.AsOf);
                var seniority = positionFloors.First(f => f.Position == positions[i]).Floors;
                if (seniority.Count > 1) warnings.Add(GridTexts.AddOnsInSteps(a));
                inputs.Add(new GridLevelInput(i + 1, $"Niveau {i + 1} – {positions[i].Label}", positions[i].Level, floor.Floor, floor.Binding,
                    floor.AgreementMinimum, floor.Smic, LevelSpacing.Multiplier(i + 1, query.Levels, gap), seniority.Count > 1 ? seniority : null));
            }
            return inputs;
        }
        // Without an agreement every level is floored by the SMIC of the grid's région (Mayotte has its own), which the
        // grid names as an agreement's floors there do (SmicRules.Notes).
        var territory = SmicTerritories.Of(query.Region);
        var smic = SmicRules.At(reference, query.Date, territory);
        warnings.AddRange(SmicRules.Notes(smic, territory));
        asOf = smic.ValidFrom;
        for (var i = 1; i <= query.Levels; i++)
            inputs.Add(new GridLevelInput(i, $"Niveau {i}", null, smic.Monthly, "smic", null, smic.Monthly, LevelSpacing.Multiplier(i, query.Levels, gap)));
        return inputs;
    }

    /// <summary>A position's floors from each number of years at which its agreement's add-ons change (one at 0 years without add-ons).</summary>
    private PositionFloor PositionFloors(Agreement agreement, AgreementPosition position, DateOnly date, Region region) => new(position,
        [.. AgreementAddOnRules.Thresholds(reference, agreement, position.Level, date)
            .Select(years => new SeniorityFloor(years,
                pay.Floor(new FloorQuery(agreement, position.Level, date, SeniorityYears: years, Region: region)).Floor))]);

    /// <summary>The market figure of each step; <paramref name="counted"/>: the observations behind the figures shown, and how many are synthetic.</summary>
    private List<MarketStep> Market(GridDesignQuery query, IReadOnlyList<int> stepYears, out (int Synthetic, int All) counted, out DateOnly? newest)
    {
        var steps = new List<MarketStep>(stepYears.Count);
        counted = (0, 0);
        newest = null;
        for (var s = 0; s < stepYears.Count; s++)
        {
            int? to = s + 1 < stepYears.Count ? stepYears[s + 1] : null;
            var level = market.Level(new MarketLevelQuery(query.Region, query.Employer, stepYears[s], to, query.Percentile, query.K));
            if (level.Value is not null) counted = (counted.Synthetic + level.SyntheticN, counted.All + level.N);
            newest ??= level.NewestObservation;
            steps.Add(new MarketStep(stepYears[s], to, level.Value, level.P25, level.P75, level.N, level.Scope));
        }
        return steps;
    }

    private static DateOnly Validity(DateOnly a, DateOnly b) => a > b ? a : b;
}
