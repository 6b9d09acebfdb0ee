using System.Globalization;
using LiaisonBot.App;
using LiaisonBot.Cards;
using LiaisonBot.Localization;

namespace LiaisonBot.Features.Plans;

/// <summary>One line of the secretariat's overview: a group, its plan (if loaded) and its tasks.</summary>
public sealed record PlanRow(Group Group, PlanEntity? Plan, IReadOnlyList<PlanTaskEntity> Tasks);

public static partial class PlanCards
{
    /// <summary>The year at a glance for the secretariat: every group's plan state and task counts, and how to load plans.</summary>
    public static AdaptiveCard Overview(Texts t, int year, IReadOnlyList<PlanRow> rows, DateOnly today, string? templateUrl)
    {
        var body = new List<CardElement>
        {
            Parts.Title(t.Format("Plans.Overview.Title", year)),
            new TextBlock(t["Plans.Overview.Upload"]) { IsSubtle = true, Spacing = Spacing.None },
            new ColumnSet(
            [
                new Column([new TextBlock(t["Plans.Overview.Group"]) { Weight = TextWeight.Bolder, Size = TextSize.Small }]) { Width = "stretch" },
                new Column([new TextBlock(t["Plans.Overview.State"]) { Weight = TextWeight.Bolder, Size = TextSize.Small }]) { Width = "auto" },
                new Column([new TextBlock(t["Plans.Overview.Done"]) { Weight = TextWeight.Bolder, Size = TextSize.Small }]) { Width = "auto" },
            ]) { Separator = true },
        };
        foreach (var row in rows)
        {
            var live = row.Tasks.Where(x => !x.Cancelled).ToList();
            var overdue = live.Count(x => x.IsOverdue(today));
            var state = row.Plan is null ? t["Plans.State.None"] : StateText(t, row.Plan, row.Tasks);
            body.Add(new ColumnSet(
            [
                new Column([new TextBlock(row.Group.Name) { Size = TextSize.Small }]) { Width = "stretch" },
                new Column([new TextBlock(state) { Size = TextSize.Small, IsSubtle = true }]) { Width = "auto" },
                new Column([new TextBlock(overdue > 0
                    ? t.Format("Plans.Overview.DoneOverdue", live.Count(x => x.Status is PlanTaskStatus.Done), live.Count, overdue)
                    : t.Format("Plans.Overview.DoneOf", live.Count(x => x.Status is PlanTaskStatus.Done), live.Count))
                    { Size = TextSize.Small, Color = overdue > 0 ? TextColor.Attention : null }]) { Width = "auto" },
            ]) { Spacing = Spacing.Small });
        }

        var loaded = rows.Where(r => r.Plan is not null).ToList();
        if (loaded.Count > 0)
        {
            body.Add(new InputChoiceSet
            {
                Id = PlanVerbs.Group,
                Label = t["Plans.Overview.Pick"],
                Style = "compact",
                Value = loaded[0].Group.Code,
                Choices = loaded.Select(r => new Choice(r.Group.Name, r.Group.Code)).ToList(),
            });
        }

        var yearData = new Dictionary<string, string> { [PlanVerbs.Year] = year.ToString(CultureInfo.InvariantCulture) };
        var actions = new List<CardAction>();
        if (loaded.Count > 0)
        {
            actions.Add(new ExecuteAction(t["Plans.Open"], PlanVerbs.View) { Data = yearData, AssociatedInputs = "auto" });
            actions.Add(new ExecuteAction(t["Plans.PublishAll"], PlanVerbs.Publish)
                { Data = new Dictionary<string, string>(yearData) { [PlanVerbs.Group] = PlanVerbs.AllGroups }, AssociatedInputs = "none" });
        }

        if (templateUrl is not null)
        {
            actions.Add(new OpenUrlAction(t["Plans.Template"], templateUrl));
        }

        return new AdaptiveCard(body) { Actions = actions, Speak = t.Format("Plans.Overview.Title", year) };
    }

    /// <summary>The result of loading a plan file: what changed, or every problem by sheet and row (nothing was changed).</summary>
    public static AdaptiveCard Imported(Texts t, string fileName, PlanFileRead read, PlanImportResult? result)
    {
        var body = new List<CardElement> { Parts.Title(t["Plans.Import.Title"]), new TextBlock(Parts.Clip(fileName, 80)) { IsSubtle = true, Spacing = Spacing.None } };
        if (result is null)
        {
            body.Add(new TextBlock(t.Format("Plans.Import.Failed", read.Errors.Count)) { Color = TextColor.Attention, Weight = TextWeight.Bolder });
            body.Add(new TextBlock(string.Join("\n", read.Errors.Take(20).Select(e => "- " + PlanFileErrorText.Line(e, t)))) { Size = TextSize.Small });
            if (read.Errors.Count > 20)
            {
                body.Add(new TextBlock(t.Format("Plans.More", read.Errors.Count - 20)) { IsSubtle = true });
            }

            return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Button.plans"], PlanVerbs.Plans)] };
        }

        body.Add(new TextBlock(t[result.Changed ? "Plans.Import.Done" : "Plans.Import.Unchanged"]) { Color = TextColor.Good, Weight = TextWeight.Bolder });
        body.Add(new FactSet(
        [
            new(t["Plans.Import.Year"], result.Year.ToString(CultureInfo.InvariantCulture)),
            new(t["Plans.Import.Groups"], result.Groups.ToString(CultureInfo.InvariantCulture)),
            new(t["Plans.Import.Added"], result.TasksAdded.ToString(CultureInfo.InvariantCulture)),
            new(t["Plans.Import.Changed"], result.TasksChanged.ToString(CultureInfo.InvariantCulture)),
            new(t["Plans.Import.Cancelled"], result.TasksCancelled.ToString(CultureInfo.InvariantCulture)),
            new(t["Plans.Import.Same"], result.TasksUnchanged.ToString(CultureInfo.InvariantCulture)),
        ]));
        body.Add(new TextBlock(t["Plans.Import.NotSent"]) { IsSubtle = true, Size = TextSize.Small });
        var yearData = new Dictionary<string, string> { [PlanVerbs.Year] = result.Year.ToString(CultureInfo.InvariantCulture) };
        return new AdaptiveCard(body)
        {
            Actions =
            [
                new ExecuteAction(t["Plans.PublishAll"], PlanVerbs.Publish) { Data = new Dictionary<string, string>(yearData) { [PlanVerbs.Group] = PlanVerbs.AllGroups } },
                new ExecuteAction(t["Button.plans"], PlanVerbs.Plans) { Data = yearData },
            ],
        };
    }

    /// <summary>What publishing did, per group that had something to send.</summary>
    public static AdaptiveCard Published(Texts t, IReadOnlyList<Publication> publications, Committee roster)
    {
        var sent = publications.Where(p => !p.NothingChanged).ToList();
        var body = new List<CardElement> { Parts.Title(t["Plans.Published.Title"]) };
        if (sent.Count == 0)
        {
            body.Add(new TextBlock(t["Plans.Published.Nothing"]));
        }
        else
        {
            body.Add(new TextBlock(t.Format("Plans.Published.Summary", sent.Sum(p => p.Sent), sent.Count)) { Color = TextColor.Good, Weight = TextWeight.Bolder });
            body.Add(new FactSet(sent.Select(p => new Fact(roster.Group(p.GroupCode)?.Name ?? p.GroupCode,
                p.NotInstalled > 0 ? t.Format("Plans.Published.GroupMissing", p.Sent, p.NotInstalled) : t.Format("Plans.Published.Group", p.Sent))).ToList()));
        }

        return new AdaptiveCard(body) { Actions = [new ExecuteAction(t["Button.plans"], PlanVerbs.Plans)] };
    }

    public static AdaptiveCard Message(Texts t, string key, params object[] args) =>
        new([new TextBlock(t.Format(key, args))]) { Actions = [new ExecuteAction(t["Button.help"], "help")] };
}
