using MedSec.Analytics.Pay;
using MedSec.Data.Ingestion;
using MedSec.Domain.Codes;
using MedSec.Domain.Observations;
using MedSec.Domain.Pay;

namespace MedSec.Analytics.Sample;

public sealed partial class SampleGenerator
{
    /// <summary>Private rows: the k-th by score gets the target quantile at k / (m − 1), raised to its floor. Remote rows: the trade range.</summary>
    private void PayPrivate(SampleRow[] rows)
    {
        var targets = PrivateTargets();
        var quantile = new TargetQuantile(targets);
        var order = Enumerable.Range(0, rows.Length).Where(i => rows[i].Sector == Sector.Private)
            .OrderBy(i => rows[i].Score).ThenBy(i => i).ToArray();
        for (var k = 0; k < order.Length; k++)
        {
            var row = rows[order[k]];
            var u = order.Length == 1 ? 0.5m : (decimal)k / (order.Length - 1);
            row.FullTimeGross = Math.Max(Cents(quantile.At(u)), FloorOf(row.Employer, row.Years, row.Date, row.Region));
        }

        var beginner = figures[parameters.Text("remote_pay", "beginner")].Value;
        var experienced = figures[parameters.Text("remote_pay", "experienced")].Value;
        var years = parameters.Decimal("remote_pay", "experienced_years");
        var sd = parameters.Decimal("remote_pay", "noise_sd");
        foreach (var row in rows.Where(r => r.Sector == Sector.Remote))
        {
            var typical = beginner + (experienced - beginner) * Math.Min(row.Years, years) / years;
            var drawn = Cents(typical * (1m + sd * (decimal)row.Score));
            row.FullTimeGross = Math.Max(drawn, FloorOf(row.Employer, row.Years, row.Date, row.Region));
        }
    }

    private Observation ToObservation(SampleRow r, string source)
    {
        if (r.Sector == Sector.Public)
        {
            var echelon = EchelonAfter(r.Grade, r.YearsInGrade);
            var amount = PublicTotal(r.Grade, echelon, r.Date, r.Zone);
            var title = r.Grade is GradeCode.AmaCn or GradeCode.AmaCs or GradeCode.AmaCe
                ? "Assistante médico-administrative" : "Adjointe administrative hospitalière";
            return new Observation(r.Date, source, r.Sector, r.Employer, r.Size, r.Region, null, r.Years, r.Specialty, title,
                r.Grade, echelon, r.Contract, r.Hours, amount, PayBasis.Monthly, 12m, PayKind.Gross, null, true);
        }
        // Amounts are rounded up to the cent, so that the full-time month read back is never below the floor.
        var (payAmount, basis) = r.Hourly
            ? (CeilingCents(r.FullTimeGross / WorkingTime.FullTimeMonthlyHours), PayBasis.Hourly)
            : (CeilingCents(r.FullTimeGross * r.Hours / WorkingTime.FullTimeWeeklyHours), PayBasis.Monthly);
        var jobTitle = r.Sector == Sector.Remote ? "Télésecrétaire médicale" : "Secrétaire médicale";
        return new Observation(r.Date, source, r.Sector, r.Employer, r.Size, r.Region, null, r.Years, r.Specialty, jobTitle,
            null, null, r.Contract, r.Hours, payAmount, basis, 12m, PayKind.Gross, null, true);
    }

    /// <summary>A public row's monthly gross: the pay service's total with the usual allowances (CTI included).</summary>
    private decimal PublicTotal(GradeCode grade, int echelon, DateOnly date, ResidenceZone zone)
    {
        if (_publicPay.TryGetValue((grade, echelon, date, zone), out var total)) return total;
        total = pay.PublicPay(new PublicPayQuery(grade, echelon, date, zone)).TotalWithAllowances;
        _publicPay[(grade, echelon, date, zone)] = total;
        return total;
    }

    private static decimal Cents(decimal amount) => ObservationNormaliser.Cents(amount);

    private static decimal CeilingCents(decimal amount) => Math.Ceiling(amount * 100m) / 100m;

    /// <summary>The piecewise-linear quantile function through the targets, extended by the first and last segments.</summary>
    private sealed class TargetQuantile(IReadOnlyList<SampleTarget> targets)
    {
        private readonly SampleTarget[] _t = [.. targets.OrderBy(t => t.Probability)];

        public decimal At(decimal u)
        {
            var t = _t;
            int i;
            if (u <= t[0].Probability) i = 0;
            else if (u >= t[^1].Probability) i = t.Length - 2;
            else
            {
                i = 0;
                while (u > t[i + 1].Probability) i++;
            }
            var (a, b) = (t[i], t[i + 1]);
            return a.Gross + (b.Gross - a.Gross) * (u - a.Probability) / (b.Probability - a.Probability);
        }
    }
}
