using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Features.Reports;
using LiaisonBot.Features.Reports.Organised;
using LiaisonBot.Features.Reports.Summaries;
using LiaisonBot.Features.Reports.Verification;
using LiaisonBot.Localization;
using LiaisonBot.Tests.Cards;
using LiaisonBot.Tests.Infrastructure;

namespace LiaisonBot.Tests.Features.Reports;

public sealed class ReportCardSamples : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples(Texts t)
    {
        var roster = SampleRoster.Roster;
        var leader = SampleRoster.Leader;
        var calendar = ReportSamples.Calendar;
        var fellows = roster.MembersOf(leader.GroupCode!).Where(m => m != leader).ToList();
        var tasks = Enumerable.Range(1, 12).Select(n => new Choice($"{n}. " + new string('务', 58), $"2027-T01/{n}")).ToList();
        var choices = new ReportFormChoices(fellows, tasks);
        var biggest = roster.Groups.OrderByDescending(g => roster.MembersOf(g.Code).Count()).First();
        var many = roster.Members.Where(m => m.GroupCode is not null).SelectMany(m => Enumerable.Range(0, 8).Select(n => ReportSamples.Entity(m, n))).ToList();
        var mine = Enumerable.Range(0, 40).Select(n => ReportSamples.Entity(leader, n, withdrawn: n % 7 == 0)).ToList();
        var worst = new ReportValues("NotAKind", new string('题', 300), "not-a-date", new string('地', 300),
            new string('述', 2200), new string('效', 1200), "M999,M001", "2027-T02/1");
        var errors = new[] { ReportForm.Kind, ReportForm.Title, ReportForm.Date, ReportForm.Place, ReportForm.Description, ReportForm.Outcome, ReportForm.Participants, ReportForm.Task }
            .ToDictionary(f => f, _ => new FieldError("Form.TooLong", 100, 300));

        yield return ("form-new", ReportFormCard.Build(t, ReportFormState.New(), choices, calendar));
        yield return ("form-errors-worst-case", ReportFormCard.Build(t, ReportFormState.New() with { Values = worst, Errors = errors }, choices, calendar));
        yield return ("form-edit-changed", ReportFormCard.Build(t, new ReportFormState(null, mine[1].Id, "W/\"x\"", worst, errors, "Report.Form.Changed"), ReportFormChoices.None, calendar));
        yield return ("receipt", ReportReceipt.Card(t, mine[1], roster, calendar));
        yield return ("receipt-withdrawn", ReportReceipt.Card(t, mine[0], roster, calendar));
        var verified = ReportSamples.Entity(SampleRoster.Member, 1);
        verified.Verify(leader.Code, calendar.Now);
        var returned = ReportSamples.Entity(SampleRoster.Member, 2);
        returned.Return(leader.Code, calendar.Now, new string('改', ReturnReport.MaxReason));
        yield return ("receipt-verified", ReportReceipt.Card(t, verified, roster, calendar));
        yield return ("receipt-returned", ReportReceipt.Card(t, returned, roster, calendar));
        var waiting = many.Take(12).Select(r => { r.Participants = string.Join(';', fellows.Select(f => f.Code)); r.Edits = 1; return r; }).ToList();
        yield return ("to-verify", ToVerify.Card(t, waiting, roster, calendar, 1, ListNotice.Done(t.Format("Report.Verified.Notice", new string('题', 100), leader.Name))));
        yield return ("to-verify-refused", ToVerify.Card(t, waiting, roster, calendar, 0, ListNotice.Refusal(t["Report.Review.NotYours"])));
        var organised = ReportSamples.Entity(SampleRoster.Member, 3);
        organised.OrganizedBy = leader.Code;
        organised.Verify(leader.Code, calendar.Now);
        yield return ("receipt-organised", ReportReceipt.Card(t, organised, roster, calendar));
        var disputed = ReportSamples.Entity(SampleRoster.Member, 4);
        disputed.OrganizedBy = leader.Code;
        disputed.Dispute(new string('异', DisputeRecord.MaxReason), calendar.Now);
        yield return ("receipt-disputed", ReportReceipt.Card(t, disputed, roster, calendar));
        yield return ("dispute-form-error", DisputeRecord.Card(t, organised, new string('因', 250), new FieldError("Form.TooLong", 200, 250)));
        yield return ("to-verify-with-dispute", ToVerify.Card(t, [disputed, .. waiting.Take(4)], roster, calendar, 0, null));
        var everyone = roster.Members.Where(m => m.GroupCode is not null).ToList();
        yield return ("organiser-form", ReportFormCard.Build(t, ReportFormState.New() with { Organising = true, Errors = errors, Values = worst },
            new ReportFormChoices(everyone, []), calendar));
        yield return ("recorded", RecordForMembers.Recorded(t, new string('题', 100), everyone));
        yield return ("verification-digest", VerificationDigest.Card(t, 137, ReportSamples.Today.AddDays(-40)));
        yield return ("to-verify-none", ToVerify.Card(t, [], roster, calendar, 0, null));
        yield return ("return-form-error", ReturnReport.Card(t, waiting[0], new string('因', 250), new FieldError("Form.TooLong", 200, 250), 2));
        yield return ("withdraw-confirm", WithdrawReport.Confirmation(t, mine[1], new string('因', 250), new FieldError("Form.TooLong", 200, 250)));
        yield return ("notice", ReportNotice.NotFound(t));
        yield return ("mine-empty", MyReports.Card(t, [], 0, ReportSamples.Today.Year, calendar));
        yield return ("mine-page-2", MyReports.Card(t, mine, 1, ReportSamples.Today.Year, calendar));
        yield return ("group-none", GroupSummary.Card(t, roster.Group(leader.GroupCode)!, roster, [], ReportSamples.Today.Year, calendar, false));
        yield return ("group-biggest", GroupSummary.Card(t, biggest, roster, many.Where(r => r.GroupCode == biggest.Code).ToList(), ReportSamples.Today.Year, calendar, true));
        yield return ("all", AllSummary.Card(t, roster, many, ReportSamples.Today.Year, calendar));
        yield return ("all-last-year", AllSummary.Card(t, roster, many, ReportSamples.Today.Year - 1, calendar));
        yield return ("form-task-of-another-year", ReportFormCard.Build(t, new ReportFormState(null, mine[1].Id, "W/\"x\"", worst,
            new Dictionary<string, FieldError> { [ReportForm.Task] = new("Report.Error.TaskYear", ReportSamples.Today.Year) }), choices, calendar));
    }
}
