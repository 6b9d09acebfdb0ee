using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Features.Assessment.Figures;
using LiaisonBot.Features.Assessment.Scheme;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;
using Microsoft.Extensions.Options;

namespace LiaisonBot.Features.Assessment.Process;

/// <summary>
/// Opening a year's assessment (secretariat, after a confirm step): a row for every group on the roster, the state Open
/// (first, under the row's ETag, so a second press opens nothing twice), the figures computed, and every leader sent their
/// group's self-evaluation card in their 1:1 chat.
/// </summary>
public sealed class OpenAssessment(AssessmentStore store, AssessmentFigures figures, ProcessMail mail, AssessmentHome home, WorkCalendar calendar,
    IOptions<ProcessOptions> options)
{
    public static string JobId(int year) => string.Create(CultureInfo.InvariantCulture, $"assessment-{year}-open");

    public async Task<AdaptiveCard> AskAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var (t, year) = (caller.Texts, YearSwitch.Of(turn, calendar));
        if (await RefusalAsync(caller, year, ct) is { } refused)
        {
            return refused;
        }

        var scheme = (await store.FindAsync(year, ct))!.ReadScheme();
        return Ask(t, scheme, caller.Roster.Groups.Count, caller.Roster.Groups.Count(g => caller.Roster.LeaderOf(g.Code) is not null));
    }

    /// <summary>The confirm step: what opening does, to how many groups and leaders, and by when.</summary>
    public static AdaptiveCard Ask(Texts t, AssessmentScheme scheme, int groups, int leaders) =>
        new(
            Parts.Title(t.Format("Assessment.Open.Title", scheme.Year)),
            new TextBlock(t.Format("Assessment.Open.Body", PlainText.Literal(scheme.Title), groups, leaders, WorkCalendar.Show(scheme.Deadline, t))))
        {
            Actions =
            [
                new ExecuteAction(t["Assessment.Open.Confirm"], AssessmentVerbs.OpenConfirm) { Data = ProcessParts.Data(scheme.Year) },
                new ExecuteAction(t["Report.Cancel"], AssessmentVerbs.Home) { Data = ProcessParts.Data(scheme.Year) },
            ],
        };

    public async Task<AdaptiveCard> ConfirmAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var (t, year) = (caller.Texts, YearSwitch.Of(turn, calendar));
        if (await RefusalAsync(caller, year, ct) is { } refused)
        {
            return refused;
        }

        var roster = caller.Roster;
        await store.AddGroupsAsync(year, roster.Groups.Select(g => g.Code), ct);
        var opened = false;
        var now = calendar.Now;
        var assessment = await store.ChangeAsync(year, a =>
        {
            opened = a.Status == AssessmentState.Scheme;
            if (opened)
            {
                (a.State, a.OpenedBy, a.OpenedAt) = (nameof(AssessmentState.Open), caller.Member.Code, now);
                // Reminders whose day has already come count as sent: a leader is not reminded minutes after the card arrives.
                a.Reminders = options.Value.RemindersDue(a.ReadScheme().Deadline.DayNumber - calendar.Today.DayNumber);
            }

            return opened;
        }, ct);
        if (!opened || assessment is null)
        {
            return await home.CardAsync(caller, year, new Said(t["Assessment.Open.Already"], Attention: true), ct);
        }

        await figures.RecomputeYearAsync(year, ct);
        var rows = (await store.GroupsAsync(year, ct)).ToDictionary(r => r.GroupCode, StringComparer.OrdinalIgnoreCase);
        var sent = await mail.ToLeadersAsync(JobId(year), roster, rows.Keys, (lt, group) =>
            SelfCard.Build(lt, SelfEvaluation.View(assessment, group, rows[group.Code], calendar), calendar), ct);
        var said = sent.Unreachable > 0
            ? t.Plural("Assessment.Open.SentMissing", sent.Sent, sent.Unreachable)
            : t.Plural("Assessment.Open.Sent", sent.Sent);
        return await home.CardAsync(caller, year, new Said(said), ct);
    }

    /// <summary>Why the year cannot be opened, if it cannot: no scheme, already open or approved, or the deadline already past.</summary>
    private async Task<AdaptiveCard?> RefusalAsync(Caller caller, int year, CancellationToken ct)
    {
        var t = caller.Texts;
        return await store.FindAsync(year, ct) switch
        {
            null => ProcessParts.Notice(t, t.Format("Assessment.Home.NoScheme", year), year),
            { Status: not AssessmentState.Scheme } => await home.CardAsync(caller, year, new Said(t["Assessment.Open.Already"], Attention: true), ct),
            var a when a.ReadScheme().Deadline < calendar.Today =>
                ProcessParts.Notice(t, t.Format("Assessment.Open.Late", WorkCalendar.Show(a.ReadScheme().Deadline, t)), year),
            _ => null,
        };
    }
}
