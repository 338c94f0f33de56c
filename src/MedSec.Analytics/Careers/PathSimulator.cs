using MedSec.Analytics.Pay;
using MedSec.Domain.Careers;
using MedSec.Domain.Codes;
using MedSec.Domain.Pay;
using MedSec.Domain.Reference;

namespace MedSec.Analytics.Careers;

/// <summary>
/// Pays a planned path month by month. Public roles follow their grade's timeline (<see cref="PublicTrack"/>; a promotion
/// enters the new grade at the échelon of equal or next higher index); market roles are the market estimate at the year's
/// experience and the month's date, times the role's factor; a freelance's gross is its turnover and its net the turnover less
/// the micro-social rate; employees' net comes from <see cref="IPayService.Net"/>. During a training route the pay is that
/// of the route (nothing, the current pay, or the SMIC), and the gap to what the old role would have paid is income lost.
/// </summary>
public sealed class PathSimulator(CareerCatalog catalog, ReferenceData reference, IPayService pay, IMarketPay market, PathsQuery query)
{
    private readonly Dictionary<(CareerRole, Specialty, int), decimal> _marketGross = [];
    private readonly List<PublicTrack> _tracks = [];
    private PublicTrack? _startTrack;
    private (RoleState State, decimal Gross)? _held;

    private int TotalMonths => query.Years * 12;

    /// <summary>The warnings of the public pay met so far (a track's grow as its months are paid).</summary>
    public IEnumerable<string> Warnings => _tracks.SelectMany(t => t.Warnings);

    public (IReadOnlyList<MonthPay> Months, decimal IncomeLost) Run(IReadOnlyList<PlannedMove> moves)
    {
        var months = new MonthPay[TotalMonths];
        var incomeLost = 0m;
        var state = Start();
        var index = 0;
        for (var t = 0; t < TotalMonths; t++)
        {
            while (index < moves.Count && t == moves[index].PayMonth)
            {
                state = Enter(state, moves[index], t);
                index++;
            }
            var current = PayOf(state, t);
            if (index < moves.Count && t >= moves[index].StartMonth)
            {
                var during = DuringTraining(moves[index].Route!, current, t);
                incomeLost += current.Gross - during.Gross;
                months[t] = during;
            }
            else
            {
                months[t] = current;
            }
        }
        return (months, incomeLost);
    }

    private sealed record RoleState(CareerRole Role, Specialty Specialty, PublicTrack? Track);

    private DateOnly DateAt(int month) => query.Start.AddMonths(month);

    private RoleState Start()
    {
        if (CareerRoles.Grade(query.Role) is not { } grade) return new RoleState(query.Role, query.Specialty, null);
        _startTrack ??= Track(() =>
        {
            var grid = GradePosition.GridAt(reference, grade, query.Start);
            return PublicTrack.Enter(pay, reference, grade, query.Start, GradePosition.After(grid, 12 * query.Experience), TotalMonths);
        });
        return new RoleState(query.Role, query.Specialty, _startTrack);
    }

    private RoleState Enter(RoleState old, PlannedMove move, int month)
    {
        var specialty = move.Move.ToSpecialty ?? old.Specialty;
        if (CareerRoles.Grade(move.Move.To) is not { } grade) return new RoleState(move.Move.To, specialty, null);
        var date = DateAt(month);
        var echelon = old.Track is { } track
            ? GradePosition.Reclassement(GradePosition.GridAt(reference, grade, date), track.At(date).IndexPoints)
            : 1;
        return new RoleState(move.Move.To, specialty,
            Track(() => PublicTrack.Enter(pay, reference, grade, date, new GradePosition(echelon, 0), TotalMonths - month)));
    }

    private PublicTrack Track(Func<PublicTrack> enter)
    {
        var track = enter();
        _tracks.Add(track);
        return track;
    }

    private MonthPay PayOf(RoleState state, int month)
    {
        var date = DateAt(month);
        var definition = catalog.Role(state.Role);
        var code = CareerRoles.Code(state.Role);
        var specialty = state.Role == CareerRole.Secretary ? CodeBook.Specialties.ToCode(state.Specialty) : null;
        switch (definition.PayBasis)
        {
            case PayBasis.Grid:
                var step = state.Track!.At(date);
                var net = pay.Net(new NetQuery(step.TotalMonthlyGross, Sector.Public, date, step.IndexedPay)).Net;
                return new MonthPay(code, specialty, step.TotalMonthlyGross, net, false);
            case PayBasis.Freelance:
                var turnover = MarketGross(state, definition, month);
                return new MonthPay(code, specialty, turnover, Money.Cents(turnover * (1m - catalog.FreelanceChargeRate(date))), false);
            default:
                var marketGross = Held(state, MarketGross(state, definition, month));
                var sector = definition.PayBasis == PayBasis.MarketRemote ? Sector.Remote : Sector.Private;
                return new MonthPay(code, specialty, marketGross, pay.Net(new NetQuery(marketGross, sector, date)).Net, false);
        }
    }

    /// <summary>
    /// An employee staying in her role keeps at least the pay she had: an employer cannot cut it without her consent
    /// (Code civil art. 1193; Cass. soc. 28 janvier 1998, n° 95-40.275), while the market estimate for one more year of
    /// experience may come out lower (2 428,86 € at 6 years, 2 413,03 € at 7). A new role starts from its own estimate.
    /// </summary>
    private decimal Held(RoleState state, decimal estimate)
    {
        var gross = _held is { } held && ReferenceEquals(held.State, state) ? Math.Max(held.Gross, estimate) : estimate;
        _held = (state, gross);
        return gross;
    }

    /// <summary>
    /// The role's market pay in <paramref name="month"/>: the estimate at that path year's experience and at the month's own
    /// date, times the factor. The date is the month's, not the year's first day: the estimate is never below the legal
    /// floor in force at its date, and the SMIC may rise within a year (Code du travail art. L3231-2; 1 June 2026), which a
    /// figure asked on the year's first day and held 12 months ignored (a télésecrétaire of 2026 paid 1 845,06 € a month,
    /// under the 1 867,02 € SMIC from June and under its yearly average of 1 848,69 €).
    /// </summary>
    private decimal MarketGross(RoleState state, RoleDefinition definition, int month)
    {
        if (_marketGross.TryGetValue((state.Role, state.Specialty, month), out var cached)) return cached;
        var profile = new MarketProfile(
            definition.PayBasis == PayBasis.MarketPrivate ? Sector.Private : Sector.Remote,
            query.Region, query.Experience + month / 12, state.Specialty, definition.Employer,
            // A freelance's turnover is a factor of the employed télésecrétaire's pay (careers.csv), so ask for an employee.
            Contract: null,
            DateAt(month));
        var gross = Money.Cents(market.MonthlyGross(profile) * (definition.PayFactor ?? 1m));
        _marketGross[(state.Role, state.Specialty, month)] = gross;
        return gross;
    }

    private MonthPay DuringTraining(TrainingRoute route, MonthPay current, int month)
    {
        var date = DateAt(month);
        return route.PayDuringTraining switch
        {
            PayDuringTraining.Current => current with { Training = true },
            // A work-study contract is paid the SMIC of the path's région (Mayotte has its own).
            PayDuringTraining.Smic when pay.SmicMonthly(date, SmicTerritories.Of(query.Region)) is var smic =>
                current with { Gross = smic, Net = pay.Net(new NetQuery(smic, Sector.Private, date)).Net, Training = true },
            _ => current with { Gross = 0m, Net = 0m, Training = true },
        };
    }
}
