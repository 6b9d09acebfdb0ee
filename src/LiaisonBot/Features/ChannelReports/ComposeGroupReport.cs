using LiaisonBot.App;
using LiaisonBot.Calendar;
using LiaisonBot.Cards;
using LiaisonBot.Localization;
using LiaisonBot.Protocol;

namespace LiaisonBot.Features.ChannelReports;

/// <summary>Writing a group report: a new one, a draft again, or a correction of one that is out.</summary>
public sealed class ComposeGroupReport(GroupReportStore store, GroupReportAccess access, ReportPlace places, WorkCalendar calendar)
{
    public static readonly CommandInfo Command = new(ChannelReportVerbs.Compose, ChannelReportsFeature.Writers);

    public async Task<AdaptiveCard> NewAsync(Turn turn, Caller caller, CancellationToken ct)
    {
        var (group, refusal) = GroupReportAccess.Scope(turn, caller);
        if (refusal is not null)
        {
            return refusal;
        }

        var state = new ComposeState(Guid.NewGuid().ToString("N"), group, null, false, GroupReportForm.Defaults(calendar),
            new Dictionary<string, FieldError>(), group is null ? null : await places.OfGroupAsync(caller.Texts, group, ct));
        return Card(caller.Texts, state, caller.Roster);
    }

    /// <summary>
    /// Edit a draft, or correct a report that is out: the compose card with the words as stored (or as the pending
    /// correction has them), carrying the version it was made from.
    /// </summary>
    public Task<AdaptiveCard> EditAsync(Turn turn, Caller caller, CancellationToken ct) =>
        access.OnReportAsync(turn, caller, (group, r) => EditAsync(caller, group, r, ct), ct);

    private async Task<AdaptiveCard> EditAsync(Caller caller, Group group, GroupReportEntity r, CancellationToken ct)
    {
        if (r.Status == GroupReportState.Posting)
        {
            return OpenGroupReport.Card(caller.Texts, r, caller.Roster, calendar, await places.OfReportAsync(caller.Texts, group, r, ct), "GroupReport.StillPosting");
        }

        var correcting = r.Status == GroupReportState.Published;
        var pending = correcting ? await store.FindAsync(group.Code, GroupReportStore.PendingKey(r.Id), ct) : null;
        var values = GroupReportValues.Of(pending is not null && pending.Edits == r.Edits ? pending : r);
        return Card(caller.Texts, new ComposeState(r.Id, group, r.ETag.ToString(), correcting, values,
            new Dictionary<string, FieldError>(), await places.OfGroupAsync(caller.Texts, group, ct)), caller.Roster);
    }

    public static AdaptiveCard Card(Texts t, ComposeState s, Committee roster)
    {
        var body = new List<CardElement> { Parts.Title(t[s.Correcting ? "GroupReport.Compose.CorrectTitle" : "GroupReport.Compose.Title"]) };
        if ((s.Notice ?? (s.Errors.Count > 0 ? "GroupReport.Form.Fix" : null)) is { } notice)
        {
            body.Add(new TextBlock(t[notice]) { Color = s.Errors.Count > 0 || s.Notice is "GroupReport.Changed" ? TextColor.Attention : TextColor.Good, Weight = TextWeight.Bolder });
        }

        if (s.Correcting)
        {
            body.Add(new TextBlock(t["GroupReport.Compose.CorrectIntro"]) { IsSubtle = true, Size = TextSize.Small });
        }

        void Field(string name, CardInput input) => Parts.Field(body, t, s.Errors, name, input);

        var v = s.Values;
        if (s.Group is { } group)
        {
            body.Add(new TextBlock(group.Name + (s.Correcting ? $" · {GroupReportKinds.Parse(v.Kind)?.Name(t)}" : "")) { Weight = TextWeight.Bolder, Spacing = Spacing.None });
            body.Add(GroupReportParts.PlaceLine(t, s.Place));
        }
        else
        {
            Field(ChannelReportVerbs.Group, new InputChoiceSet
            {
                Label = t["GroupReport.Field.GroupOnBehalf"],
                IsRequired = true,
                ErrorMessage = t["Form.Required"],
                Style = "compact",
                Placeholder = t["Report.Placeholder.Choose"],
                Choices = roster.Groups.Select(g => new Choice(g.Name, g.Code)).ToList(),
            });
        }

        if (!s.Correcting)
        {
            Field(GroupReportForm.Kind, new InputChoiceSet
            {
                Label = t["GroupReport.Field.Kind"],
                IsRequired = true,
                ErrorMessage = t["Form.Required"],
                Style = "compact",
                Placeholder = t["Report.Placeholder.Choose"],
                Value = GroupReportKinds.Parse(v.Kind)?.ToString(),
                Choices = Enum.GetValues<GroupReportKind>().Select(k => new Choice(k.Name(t), k.ToString())).ToList(),
            });
        }

        Field(GroupReportForm.Title, new InputText
        {
            Label = t["GroupReport.Field.Title"],
            IsRequired = true,
            ErrorMessage = t["Form.Required"],
            MaxLength = GroupReportForm.MaxTitle,
            Placeholder = t["GroupReport.Placeholder.Title"],
            Value = CardData.OrNull(v.Title),
        });
        Field(GroupReportForm.From, new InputDate { Label = t["GroupReport.Field.From"], IsRequired = true, ErrorMessage = t["Report.Error.DateFormat"], Value = CardData.OrNull(v.From) });
        Field(GroupReportForm.To, new InputDate { Label = t["GroupReport.Field.To"], IsRequired = true, ErrorMessage = t["Report.Error.DateFormat"], Value = CardData.OrNull(v.To) });
        foreach (var (name, text) in GroupReportForm.SectionFields.Zip(v.Sections))
        {
            Field(name, new InputText
            {
                Label = t[$"GroupReport.Section.{name}"],
                IsMultiline = true,
                MaxLength = GroupReportForm.MaxSection,
                Value = CardData.OrNull(text),
            });
        }

        body.Add(new TextBlock(t["GroupReport.Compose.FiguresNote"]) { IsSubtle = true, Size = TextSize.Small });
        Field(GroupReportForm.NamesSilent, new InputToggle
        {
            Label = t["GroupReport.Field.NamesSilentLabel"],
            Title = t["GroupReport.Field.NamesSilent"],
            Value = v.NamesSilent ? "true" : "false",
        });
        var data = new Dictionary<string, string> { [ChannelReportVerbs.Id] = s.Id };
        if (s.Group is not null)
        {
            data[ChannelReportVerbs.Group] = s.Group.Code;
        }

        if (s.ETag is not null)
        {
            data[ChannelReportVerbs.ETag] = s.ETag;
        }

        if (s.Correcting)
        {
            data[ChannelReportVerbs.Correcting] = "true";
            data[GroupReportForm.Kind] = v.Kind; // a correction changes the words, not what kind of report it is
        }

        var actions = new List<CardAction> { new ExecuteAction(t["GroupReport.Preview"], ChannelReportVerbs.Preview) { Data = data } };
        if (!s.Correcting)
        {
            actions.Add(new ExecuteAction(t["GroupReport.SaveDraft"], ChannelReportVerbs.Save) { Data = data });
        }

        if (s.Group is not null)
        {
            actions.Add(new ExecuteAction(t["GroupReport.Ours"], ChannelReportVerbs.Ours) { Data = new Dictionary<string, string> { [ChannelReportVerbs.Group] = s.Group.Code }, AssociatedInputs = "none" });
        }

        return new AdaptiveCard(body) { Actions = actions, Speak = t[s.Correcting ? "GroupReport.Compose.CorrectTitle" : "GroupReport.Compose.Title"] };
    }
}
