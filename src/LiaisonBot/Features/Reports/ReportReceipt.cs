using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Reports.Verification;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Reports;

/// <summary>Shown in place of the form once a report is stored, and whenever the member opens it again.</summary>
public static class ReportReceipt
{
    public static AdaptiveCard Card(Texts t, ReportEntity report, Committee roster, WorkCalendar calendar)
    {
        var withdrawn = report.Withdrawn;
        var facts = new List<Fact>
        {
            new(t["Report.Field.Type"], report.ActivityKind.Name(t)),
            new(t["Report.Field.Date"], WorkCalendar.Show(calendar.ToDate(report.ActivityDate), t)),
        };
        if (report.Place is { Length: > 0 } place)
        {
            facts.Add(new Fact(t["Report.Fact.Place"], place));
        }

        if (report.ParticipantCodes.Count > 0)
        {
            facts.Add(new Fact(t["Report.Fact.Participants"],
                string.Join(t["List.Separator"], report.ParticipantCodes.Select(c => roster.ByCode(c)?.Name ?? c))));
        }

        if (report.TaskTitle is { Length: > 0 } task)
        {
            facts.Add(new Fact(t["Report.Field.TaskShort"], task));
        }

        var body = new List<CardElement>
        {
            new Container([
                Parts.Title(withdrawn ? t["Report.Receipt.WithdrawnTitle"] : "✓ " + t["Report.Receipt.Title"]),
                new TextBlock(t.Format("Report.Receipt.Reference", report.Reference)) { IsSubtle = true, Spacing = Spacing.None },
            ]) { Style = withdrawn ? ContainerStyle.Warning : ContainerStyle.Good, Bleed = true },
            new TextBlock(report.Title) { Weight = TextWeight.Bolder, Size = TextSize.Medium },
            new FactSet(facts),
            new TextBlock(Parts.Clip(report.Description, 300)) { MaxLines = 6 },
        };
        if (report.Outcome is { Length: > 0 } outcome)
        {
            body.Add(new TextBlock(t.Format("Report.Receipt.Outcome", Parts.Clip(outcome, 200))) { IsSubtle = true, MaxLines = 3 });
        }

        if (withdrawn)
        {
            // A warning container, not yellow text: the host themes its background so the text stays readable in light, dark and high contrast.
            body.Add(new Container([new TextBlock(t.Format("Report.Receipt.Withdrawn",
                WorkCalendar.Show(calendar.ToDate(report.WithdrawnAt ?? report.UpdatedAt), t), report.WithdrawReason))])
            { Style = ContainerStyle.Warning });
        }
        else
        {
            body.Add(ReviewLine(t, report, roster, calendar));
            if (report.Edits > 0)
            {
                body.Add(new TextBlock(t.Plural("Report.Receipt.Edited", report.Edits)) { IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.None });
            }
        }

        var ids = new Dictionary<string, string> { [ReportVerbs.ReportId] = report.Id };
        var actions = new List<CardAction>();
        if (report.OrganizedBy is { } organiser)
        {
            // The organiser's record: the member cannot change it, only say it is wrong.
            body.Insert(2, new TextBlock(t.Format("Report.OrganisedBy", roster.ByCode(organiser)?.Name ?? organiser)) { IsSubtle = true, Spacing = Spacing.None });
            if (!withdrawn && report.ReviewState == ReviewState.Verified)
            {
                actions.Add(new ExecuteAction(t["Report.Dispute"], ReportVerbs.Dispute) { Data = ids });
            }
        }
        else if (!withdrawn)
        {
            actions.Add(new ExecuteAction(t["Report.Edit"], ReportVerbs.Edit) { Data = ids });
            actions.Add(new ExecuteAction(t["Report.Withdraw"], ReportVerbs.Withdraw) { Data = ids });
        }

        actions.Add(new ExecuteAction(t["Button.myreports"], ReportVerbs.Mine));
        return new AdaptiveCard(body) { Actions = actions, Speak = t["Report.Receipt.Title"] };
    }

    /// <summary>Where the report stands with its reviewer: waiting for whom, verified by whom, or returned and why.</summary>
    private static CardElement ReviewLine(Texts t, ReportEntity report, Committee roster, WorkCalendar calendar)
    {
        var by = report.ReviewedBy is { } code ? roster.ByCode(code)?.Name ?? code : "";
        var when = report.ReviewedAt is { } at ? WorkCalendar.Show(calendar.ToDate(at), t) : "";
        return report.ReviewState switch
        {
            ReviewState.Verified => new TextBlock("✓ " + t.Format("Report.Review.VerifiedBy", by, when)) { Color = TextColor.Good, Size = TextSize.Small },
            ReviewState.Disputed => new Container([new TextBlock(t.Format("Report.Review.DisputedBecause", report.DisputeReason))]) { Style = ContainerStyle.Warning },
            ReviewState.Returned => new Container([
                new TextBlock(t.Format("Report.Review.ReturnedBy", by, when, report.ReturnReason)) { Weight = TextWeight.Bolder },
                new TextBlock(t["Report.Review.ReturnedHow"]) { Size = TextSize.Small, Spacing = Spacing.None },
            ])
            { Style = ContainerStyle.Warning },
            _ => new TextBlock(t.Format("Report.Review.Waiting", Reviewers.WaitingFor(t, report, roster))) { IsSubtle = true, Size = TextSize.Small },
        };
    }
}
